package org.tongban.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.DeltaDraft;
import org.tongban.catalogue.entity.DeltaKind;
import org.tongban.catalogue.entity.FieldType;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.catalogue.entity.LocalImplementation;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;

/**
 * Local implementation lists for the demo: every province, each province's first city, Shenzhen,
 * and a few counties (Nanshan and Haidian among them) declare deltas for a share of the items. The
 * mix is drawn from a fixed seed per jurisdiction, so every run produces the same lists: mostly
 * shorter promises and waived materials, and some that break the variance policy (a promise
 * longer than the statutory limit, a processing fee, a material the item does not allow to add).
 */
@ApplicationScoped
public class DemoLocalImplementations {

    static final List<String> EXTRA_COUNTIES = List.of("440305", "110108", "310115", "330106", "510107", "420106");
    static final List<String> EXTRA_CITIES = List.of("440300");

    @Inject
    NationalCatalogue catalogue;

    @Inject
    LocalImplementations implementations;

    @Inject
    Jurisdictions jurisdictions;

    /** Declares the demo deltas of every jurisdiction that has none yet; answers how many lists were created. */
    public int load() {
        List<ItemVersion> items = catalogue.search(null, null, 0, 1000).items();
        if (items.isEmpty()) {
            return 0;
        }
        List<Jurisdiction> declaring = new ArrayList<>();
        for (Jurisdiction province : jurisdictions.children(Jurisdiction.NATION_CODE)) {
            declaring.add(province);
            jurisdictions.children(province.code()).stream().findFirst().ifPresent(declaring::add);
        }
        EXTRA_CITIES.forEach(code -> jurisdictions.find(code).ifPresent(declaring::add));
        EXTRA_COUNTIES.forEach(code -> jurisdictions.find(code).ifPresent(declaring::add));
        int created = 0;
        for (Jurisdiction jurisdiction : declaring) {
            if (implementations.anyIn(jurisdiction.code())) {
                continue; // loaded by an earlier start
            }
            Random random = new Random(Long.parseLong(jurisdiction.code()));
            double share = jurisdiction.level() == org.tongban.jurisdiction.entity.Level.PROVINCE ? 0.35 : 0.15;
            for (ItemVersion item : items) {
                boolean featured = jurisdiction.code().equals("440305") && item.code().equals("XK-00201-001");
                if (!featured && random.nextDouble() > share) {
                    continue;
                }
                List<DeltaDraft> drafts = drafts(item, random, featured);
                LocalImplementation implementation = implementations.add(new LocalImplementation(item.item(), jurisdiction));
                implementation.declare(drafts, item, "demo");
                created++;
            }
        }
        return created;
    }

    private static List<DeltaDraft> drafts(ItemVersion item, Random random, boolean featured) {
        List<DeltaDraft> drafts = new ArrayList<>();
        int statutory = item.statutoryLimitDays();
        double roll = random.nextDouble();
        if (featured || statutory > 1) {
            int days;
            String reason;
            if (roll < 0.08) {
                days = statutory + 5;
                reason = "本地核查环节较多,需延长办理时间";
            } else if (roll < 0.15) {
                days = Math.max(1, item.variancePolicy().minPromisedDays() - 1);
                reason = "推行“即来即办”改革,压缩办理时限";
            } else {
                days = Math.max(item.variancePolicy().minPromisedDays(), (int) Math.round(statutory * (0.5 + random.nextDouble() * 0.3)));
                reason = "深化“放管服”改革,承诺时限压缩";
            }
            drafts.add(new DeltaDraft(DeltaKind.PROMISED_LIMIT, null, days, null, null, null, null, reason, null));
        }
        if ((featured || random.nextDouble() < 0.4) && item.materials().size() > 2) {
            var material = item.materials().get(item.materials().size() - 1);
            drafts.add(new DeltaDraft(DeltaKind.WAIVE_MATERIAL, material.code(), null, null, null, null, null,
                    "可通过政务数据共享平台核验,申请人无需提交", null));
        }
        if (featured || random.nextDouble() < 0.25) {
            drafts.add(new DeltaDraft(DeltaKind.EXTRA_FIELD, "contactMobile", null, null, "联系人手机号码",
                    "Contact mobile number", FieldType.TEXT, "便于办理过程中及时联系申请人", null));
        }
        if (!featured && random.nextDouble() < 0.06) {
            drafts.add(new DeltaDraft(DeltaKind.ADD_MATERIAL, "LOCAL1", null, null, "社区出具的情况说明",
                    "Statement from the residents' committee", null, "本地管理需要",
                    random.nextBoolean() ? "本级人民政府规范性文件" : null));
        }
        if (!featured && random.nextDouble() < 0.05) {
            drafts.add(new DeltaDraft(DeltaKind.FEE, null, null, 2000L, null, null, null, "收取证照工本费", null));
        }
        return drafts;
    }
}
