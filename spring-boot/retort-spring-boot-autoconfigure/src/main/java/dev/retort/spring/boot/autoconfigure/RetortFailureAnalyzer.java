package dev.retort.spring.boot.autoconfigure;

import dev.retort.message.RetortException;
import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a Retort failure that stopped startup into Boot's "APPLICATION FAILED TO START" report:
 * Retort's message (code, revision, fix) as the description, instead of a wall of stack traces.
 */
public final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
    String category = cause.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new FailureAnalysis(cause.getMessage(), StarterMessage.SPRING_STARTUP_STOPPED.format(category), cause);
  }
}
