package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ProblemResponseTest {

    @Test
    void writes_problem_details_whatever_the_text_holds() throws Exception {
        var response = new MockHttpServletResponse();
        var detail = "Quotes \" and back\\slashes, a line\nbreak and ünïcödé … stay text";

        ProblemResponse.write(response, 413, "Content Too Large", detail);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var problem = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("title").asString()).isEqualTo("Content Too Large");
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }
}
