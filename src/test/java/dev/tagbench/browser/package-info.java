/** Browser tests in headless Chromium of the flows users live in. */
@NullMarked
package dev.tagbench.browser;

import org.jspecify.annotations.NullMarked;
