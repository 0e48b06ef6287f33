package vpndoctor.engine;

import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * A rule whose consequence throws must not abort the diagnosis: the error is recorded for the
 * report (rule name and message) and the other rules go on firing.
 */
public final class RuleErrorHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        RuntimeErrors.current().add(match.getRule().getName(), message);
    }
}
