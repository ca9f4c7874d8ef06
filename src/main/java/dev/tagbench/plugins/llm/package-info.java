/**
 * The {@code llm} suggester: asks any OpenAI-compatible chat-completions server (Ollama, vLLM,
 * llama.cpp's server, hosted APIs) for an article's labels, with the project's label definitions,
 * guidelines and approved sentences nearest in meaning as examples, through the outbound guard.
 */
@NullMarked
package dev.tagbench.plugins.llm;

import org.jspecify.annotations.NullMarked;
