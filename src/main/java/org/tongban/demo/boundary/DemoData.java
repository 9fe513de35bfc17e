package org.tongban.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongban.audit.control.Actor;
import org.tongban.audit.control.AuditLog;
import org.tongban.audit.entity.AuditRecord;
import org.tongban.demo.control.DemoCases;
import org.tongban.demo.control.DemoLocalImplementations;
import org.tongban.identity.control.Accounts;
import org.tongban.identity.control.Enrolment;
import org.tongban.identity.entity.CitizenRegistration;
import org.tongban.identity.entity.StaffEnrolment;
import org.tongban.platform.control.Settings;

/** Creates the demo accounts listed in README.md and demo local implementation lists when demo data is enabled. */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String PASSWORD = "Tongban-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final List<CitizenRegistration> CITIZENS = List.of(
            new CitizenRegistration("citizen1", "李明", "44030519900101123X", "13800138001", "citizen1@example.cn", PASSWORD, "440305"),
            new CitizenRegistration("citizen2", "王芳", "110108198506154567", "13900139002", "citizen2@example.cn", PASSWORD, "110108"));

    static final List<StaffEnrolment> STAFF = List.of(
            new StaffEnrolment("clerk.nanshan", "陈静", "440305", Set.of("CLERK"), "clerk.nanshan@example.cn", PASSWORD),
            new StaffEnrolment("supervisor.nanshan", "黄伟", "440305", Set.of("SUPERVISOR"), "supervisor.nanshan@example.cn", PASSWORD),
            new StaffEnrolment("inspector.nanshan", "周强", "440305", Set.of("INSPECTOR"), "inspector.nanshan@example.cn", PASSWORD),
            new StaffEnrolment("clerk.shenzhen", "吴敏", "440300", Set.of("CLERK"), "clerk.shenzhen@example.cn", PASSWORD),
            new StaffEnrolment("clerk.guangdong", "郑丽", "440000", Set.of("CLERK"), "clerk.guangdong@example.cn", PASSWORD),
            new StaffEnrolment("supervisor.guangdong", "冯军", "440000", Set.of("SUPERVISOR"), "supervisor.guangdong@example.cn", PASSWORD),
            new StaffEnrolment("clerk.haidian", "孙磊", "110108", Set.of("CLERK"), "clerk.haidian@example.cn", PASSWORD),
            new StaffEnrolment("supervisor.haidian", "钱丹", "110108", Set.of("SUPERVISOR"), "supervisor.haidian@example.cn", PASSWORD),
            new StaffEnrolment("central", "刘洋", "000000", Set.of("CENTRAL"), "central@example.cn", PASSWORD),
            new StaffEnrolment("admin", "赵霞", "000000", Set.of("CATALOGUE_ADMIN"), "admin@example.cn", PASSWORD));

    @Inject
    Settings settings;

    @Inject
    Accounts accounts;

    @Inject
    Enrolment enrolment;

    @Inject
    AuditLog audit;

    @Inject
    DemoLocalImplementations localImplementations;

    @Inject
    DemoCases cases;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!settings.demoEnabled()) {
            return;
        }
        int created = 0;
        for (CitizenRegistration citizen : CITIZENS) {
            if (!accounts.usernameTaken(citizen.username())) {
                enrolment.registerCitizen(citizen);
                created++;
            }
        }
        for (StaffEnrolment member : STAFF) {
            if (!accounts.usernameTaken(member.username())) {
                enrolment.enrolStaff(member);
                created++;
            }
        }
        int lists = localImplementations.load();
        int demoCases = cases.load();
        if (created > 0 || lists > 0 || demoCases > 0) {
            audit.record(Actor.SYSTEM, AuditRecord.of("DEMO_DATA_LOADED")
                    .detail(created + " accounts, " + lists + " local implementations, " + demoCases + " cases"));
        }
        LOG.log(Level.INFO, "Demo data: {0} account(s), {1} local implementation(s) and {2} case(s) created",
                new Object[] {created, lists, demoCases});
    }
}
