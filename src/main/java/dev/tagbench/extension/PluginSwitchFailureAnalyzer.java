package dev.tagbench.extension;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which plugin switches to rewrite when Tagbench refuses to start over them. */
class PluginSwitchFailureAnalyzer extends AbstractFailureAnalyzer<ObsoletePluginSwitchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ObsoletePluginSwitchException cause) {
        return new FailureAnalysis(
                "Tagbench does not read these plugin switches:\n\n" + cause.getMessage(),
                "Rewrite each as tagbench.plugins.<extension-point>.<id>.enabled, as said above (extension"
                        + " points: importer, cleaner, segmenter, suggester, exporter), in application.properties,"
                        + " the environment (TAGBENCH_PLUGINS_IMPORTER_CSV_ENABLED=false) or the command line.",
                cause);
    }
}
