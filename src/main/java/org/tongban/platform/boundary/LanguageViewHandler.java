package org.tongban.platform.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every view the person's language from the start of the request, so that messages added
 * before rendering (view actions, validation) are in the same language as the page.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? LanguageBacking.localeOf(http) : super.calculateLocale(context);
    }
}
