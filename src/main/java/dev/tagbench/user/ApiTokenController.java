package dev.tagbench.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens. */
@Tag(name = "Tokens")
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenController {

    private final ApiTokenService tokens;
    private final CurrentUser currentUser;

    ApiTokenController(ApiTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    /** Creates a token; the response is the only place it is ever shown. */
    @Operation(summary = "Create a personal API token")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokenService.NewToken create(@RequestBody TokenRequest body) {
        return tokens.create(currentUser.require(), body.name() == null ? "" : body.name());
    }

    @Operation(summary = "List your API tokens")
    @GetMapping
    List<ApiToken> list() {
        return tokens.list(currentUser.require());
    }

    @Operation(summary = "Revoke one of your API tokens")
    @DeleteMapping("/{tokenId}")
    @ApiResponse(responseCode = "204", description = "Revoked; the token stops working at once.")
    ResponseEntity<Void> revoke(@PathVariable long tokenId) {
        tokens.revoke(currentUser.require(), tokenId);
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(@Nullable String name) {}
}
