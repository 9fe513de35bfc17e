package org.tongban.catalogue.entity;

import java.util.List;
import org.tongban.jurisdiction.entity.Level;

/** Everything a version of a national item defines, as an administrator submits it. */
public record ItemDefinition(String nameZh, String nameEn, String legalBasisZh, String legalBasisEn, Level handlingLevel,
        int statutoryLimitDays, long feeFen, Workflow workflow, VariancePolicy variancePolicy, List<Material> materials,
        List<FormField> fields) {
}
