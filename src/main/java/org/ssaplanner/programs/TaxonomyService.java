package org.ssaplanner.programs;

import static org.ssaplanner.shared.Text.blankToNull;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.programs.domain.ObjectiveTaxonomy;
import org.ssaplanner.programs.domain.TaxonomyRule;
import org.ssaplanner.programs.domain.TaxonomyRuleRepository;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;

/** The objective taxonomy: rules as data (administrators edit them) and suggestions from them. */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

    private final TaxonomyRuleRepository rules;
    private final ReferenceDataService reference;

    TaxonomyService(TaxonomyRuleRepository rules, ReferenceDataService reference) {
        this.rules = rules;
        this.reference = reference;
    }

    @PreAuthorize("isAuthenticated()")
    public CategorySuggestion suggest(String assistanceTypeCode, String recipientTypeCode,
            Set<String> capabilityDomainCodes) {
        return ObjectiveTaxonomy.suggest(rules.findAll(), assistanceTypeCode, recipientTypeCode,
                capabilityDomainCodes == null ? Set.of() : capabilityDomainCodes);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<TaxonomyRuleView> rules() {
        return rules.findAllByOrderByCategoryAscWeightDescIdAsc().stream().map(TaxonomyService::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TaxonomyRuleView get(long id) {
        return view(load(id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(TaxonomyRuleCommand command) {
        validate(command);
        return rules.saveAndFlush(new TaxonomyRule(blankToNull(command.assistanceTypeCode()),
                blankToNull(command.recipientTypeCode()), blankToNull(command.capabilityDomainCode()),
                command.category(), command.weight(), blankToNull(command.note()))).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, TaxonomyRuleCommand command) {
        TaxonomyRule rule = load(id);
        StaleEditException.check("TaxonomyRule", id, expectedVersion, rule.getVersion());
        validate(command);
        rule.change(blankToNull(command.assistanceTypeCode()), blankToNull(command.recipientTypeCode()),
                blankToNull(command.capabilityDomainCode()), command.category(), command.weight(),
                blankToNull(command.note()));
        rules.saveAndFlush(rule);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        rules.delete(load(id));
    }

    private void validate(TaxonomyRuleCommand command) {
        if (blankToNull(command.assistanceTypeCode()) == null && blankToNull(command.recipientTypeCode()) == null
                && blankToNull(command.capabilityDomainCode()) == null) {
            throw new FieldValidationException("assistanceTypeCode", "taxonomy.rule.condition.required");
        }
        if (!known(reference.assistanceTypes(), command.assistanceTypeCode())) {
            throw new FieldValidationException("assistanceTypeCode", "program.code.unknown");
        }
        if (!known(reference.recipientTypes(), command.recipientTypeCode())) {
            throw new FieldValidationException("recipientTypeCode", "program.code.unknown");
        }
        if (!known(reference.capabilityDomains(), command.capabilityDomainCode())) {
            throw new FieldValidationException("capabilityDomainCode", "program.code.unknown");
        }
        if (command.weight() < 1 || command.weight() > 100) {
            throw new FieldValidationException("weight", "taxonomy.rule.weight.range");
        }
    }

    private static boolean known(List<ReferenceItem> items, String code) {
        return blankToNull(code) == null || items.stream().anyMatch(i -> i.code().equals(code));
    }

    private TaxonomyRule load(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("Taxonomy rule", id));
    }

    private static TaxonomyRuleView view(TaxonomyRule r) {
        return new TaxonomyRuleView(r.getId(), r.getVersion(), r.getAssistanceTypeCode(), r.getRecipientTypeCode(),
                r.getCapabilityDomainCode(), r.getCategory(), r.getWeight(), r.getNote());
    }
}
