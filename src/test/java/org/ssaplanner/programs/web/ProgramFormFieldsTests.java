package org.ssaplanner.programs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramSearchService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.programs.TaxonomyService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.security.Role;

/**
 * The program form is built from the shared field fragment ({@code fragments/fields.html}): every control has its
 * label, its help and error are named by aria-describedby, a field with errors is aria-invalid, and the options,
 * the selected values and the test ids come out as they did when each field was written out by hand.
 */
@WebMvcTest({ProgramListController.class, ProgramEditController.class})
@Import(WebSliceTestConfiguration.class)
class ProgramFormFieldsTests {

    private static final RequestPostProcessor PLANNER = user(TestUsers.user(3, "planner", 7, Role.PLANNER));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgramService programs;

    @MockitoBean
    ProgramStatusService programStatus;

    @MockitoBean
    ProgramDetailService programDetails;

    @MockitoBean
    ProgramSearchService programSearch;

    @MockitoBean
    PlanService plans;

    @MockitoBean
    TaxonomyService taxonomy;

    @MockitoBean
    AgencyService agencies;

    @MockitoBean
    ReferenceDataService reference;

    @MockitoBean
    PartnerUnitService units;

    @BeforeEach
    void choices() {
        when(programs.checkCanCreate(1L)).thenReturn(new PlanContext(1L, "Plan", 10L, 2027, 2029, 3L, Set.of(7L),
                PlanStatus.DRAFT));
        when(agencies.activeAgencies()).thenReturn(List.of(
                new AgencySummary(7L, "INL", "Narcotics and Law Enforcement", null, AgencyKind.BUREAU, true, true, 0)));
        when(reference.assistanceTypes()).thenReturn(List.of(new ReferenceItem("TRAINING", "Training", null),
                new ReferenceItem("EQUIPMENT", "Equipment", null)));
        when(reference.recipientTypes()).thenReturn(List.of(new ReferenceItem("POLICE", "Police", null)));
        when(units.unitsOfCountry(10L)).thenReturn(List.of(new PartnerUnitSummary(4L, 10L, "Colombia", "CO",
                "Coast guard", "POLICE", "Police", null, null, true)));
    }

    @Test
    void everyControlHasItsLabelAndNamesOnlyTheHelpThatIsShown() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/plans/1/programs/new").with(PLANNER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element form = page.selectFirst("form[data-testid=program-form]");
        for (Element control : form.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as(control.id()).hasSize(1);
            assertThat(control.hasAttr("aria-invalid")).as(control.id()).isFalse();
        }
        assertThat(form.getElementById("title").hasAttr("aria-describedby")).isFalse();
        assertThat(form.getElementById("assistanceTypeCode").hasAttr("size")).isFalse();
        assertThat(form.getElementById("assistanceTypeCode").hasAttr("multiple")).isFalse();
        assertThat(form.getElementById("title").attr("maxlength")).isEqualTo("300");
        assertThat(form.getElementById("title").hasAttr("required")).isTrue();
        assertThat(form.getElementById("leadAgencyId").attr("aria-describedby")).isEqualTo("leadAgencyId-help");
        assertThat(form.getElementById("leadAgencyId-help").text()).isNotBlank();
        assertThat(form.select("#assistanceTypeCode option").eachAttr("value")).containsExactly("", "TRAINING",
                "EQUIPMENT");
        assertThat(form.select("#recipientUnitId option").eachText()).containsExactly("No unit chosen", "Coast guard – Police");
        assertThat(form.getElementById("supportingAgencyIds").hasAttr("multiple")).isTrue();
        assertThat(form.select("#priority option").eachAttr("value")).containsExactly("HIGH", "MEDIUM", "LOW");
        assertThat(form.select("[data-testid=category-OPERATIONAL][type=checkbox]")).hasSize(1);
        assertThat(form.select("[data-testid=primary-GOVERNANCE][type=radio]")).hasSize(1);
        assertThat(form.select("fieldset:has(> legend) input[name=categories]")).hasSize(3);
    }

    @Test
    void aFieldWithErrorsIsInvalidAndNamesItsErrorAndHelp() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/plans/1/programs").with(csrf()).with(PLANNER)
                        .param("title", "Boats").param("assistanceTypeCode", "EQUIPMENT").param("recipientUnitId", "4")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element lead = page.getElementById("leadAgencyId");
        assertThat(lead.attr("aria-invalid")).isEqualTo("true");
        assertThat(lead.hasClass("is-invalid")).isTrue();
        assertThat(lead.attr("aria-describedby")).isEqualTo("leadAgencyId-error leadAgencyId-help");
        assertThat(page.getElementById("leadAgencyId-error").text()).isNotBlank();
        assertThat(page.getElementById("title").attr("value")).isEqualTo("Boats");
        assertThat(page.getElementById("title").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#assistanceTypeCode option[selected]").eachAttr("value")).containsExactly("EQUIPMENT");
        assertThat(page.select("#recipientUnitId option[selected]").eachAttr("value")).containsExactly("4");
        assertThat(page.getElementById("categories-error")).isNotNull();
    }

    /** A page's path variable {id} reaches the fragments' context too: it must not become every control's id. */
    @Test
    void theEditFormUnderProgramsIdKeepsEachControlsOwnId() throws Exception {
        when(programDetails.get(12L)).thenReturn(ProgramControllerTests.detail());
        when(plans.context(1L)).thenReturn(new PlanContext(1L, "Plan", 10L, 2027, 2029, 3L, Set.of(7L),
                PlanStatus.DRAFT));
        Document page = Jsoup.parse(mvc.perform(post("/programs/12").with(csrf()).with(PLANNER)
                        .param("title", "Boats").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[id=12]")).isEmpty();
        assertThat(page.getElementById("title").attr("value")).isEqualTo("Boats");
        assertThat(page.select("label[for=title]")).hasSize(1);
        assertThat(page.getElementById("endDate").attr("aria-invalid")).isEqualTo("true");
    }
}
