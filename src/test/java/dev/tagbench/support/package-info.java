/** What the tests share: the test application context, test data, API and browser clients, packaged-app runs. */
@NullMarked
package dev.tagbench.support;

import org.jspecify.annotations.NullMarked;
