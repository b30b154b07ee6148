package nl.stedenband.base.ui;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation messages from the app's own bundles: a constraint's {@code message =
 * "{contact.validation.lastName}"} is looked up in {@code vaadin-i18n/translations*.properties},
 * in the language of the screen (forms pass it; checks on saving use the current screen's).
 * Registered for every validator in {@code META-INF/validation.xml}.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator bundles = new ResourceBundleMessageInterpolator(Texts::bundle);

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Texts.locale());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return bundles.interpolate(messageTemplate, context, Texts.language(locale));
    }
}
