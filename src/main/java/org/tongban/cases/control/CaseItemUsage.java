package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tongban.catalogue.control.ItemUsage;

/** The catalogue's question "how many open cases does this item have", answered from the cases. */
@ApplicationScoped
public class CaseItemUsage implements ItemUsage {

    @Inject
    CaseFiles cases;

    @Override
    public long openCases(String itemCode) {
        return cases.openOf(itemCode);
    }
}
