package org.ssaplanner.countryteam.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.countryteam.CountryTeam;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.MemberView;
import org.ssaplanner.countryteam.PostKind;
import org.ssaplanner.countryteam.PostView;
import org.ssaplanner.countryteam.TeamFields;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.web.FieldErrors;

/**
 * The country team of a partner country ({@code /countries/{iso3}/team}): the roster, and the forms that add, edit
 * and remove its posts and members. Every change returns to the roster (PRG).
 */
@Controller
@RequestMapping("/countries/{iso3}/team")
class CountryTeamController {

    private final CountryTeamService team;
    private final AgencyService agencies;
    private final MessageSource messages;

    CountryTeamController(CountryTeamService team, AgencyService agencies, MessageSource messages) {
        this.team = team;
        this.agencies = agencies;
        this.messages = messages;
    }

    @InitBinder("memberForm")
    void allowMemberFields(WebDataBinder binder) {
        binder.setAllowedFields(MemberForm.FIELDS);
    }

    @InitBinder("postForm")
    void allowPostFields(WebDataBinder binder) {
        binder.setAllowedFields(PostForm.FIELDS);
    }

    @GetMapping
    String roster(@PathVariable String iso3, Model model) {
        CountryRef country = team.country(iso3);
        if (!country.alpha3().equals(iso3)) {
            return "redirect:/countries/" + country.alpha3() + "/team";
        }
        CountryTeam roster = team.team(iso3);
        model.addAttribute("team", roster);
        model.addAttribute("country", roster.country());
        return "countryteam/roster";
    }

    // ---- members

    @GetMapping("/members/new")
    String newMember(@PathVariable String iso3, Model model) {
        team.checkCanAdd(iso3);
        model.addAttribute("memberForm", new MemberForm());
        return memberForm(iso3, null, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the new-member form. */
    @GetMapping("/members")
    String reloadNewMember(@PathVariable String iso3) {
        return "redirect:/countries/{iso3}/team/members/new";
    }

    @PostMapping("/members")
    String addMember(@PathVariable String iso3, @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        team.checkCanAdd(iso3);
        if (!form.tourInOrder()) {
            binding.rejectValue("tourEnd", "team.member.tour.order");
        }
        if (binding.hasErrors()) {
            return memberForm(iso3, null, model);
        }
        try {
            team.addMember(iso3, form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return memberForm(iso3, null, model);
        }
        redirect.addFlashAttribute("flash", "team.member.saved");
        return "redirect:/countries/{iso3}/team";
    }

    @GetMapping("/members/{memberId}/edit")
    String editMember(@PathVariable String iso3, @PathVariable long memberId, Model model) {
        team.checkCanEditMember(iso3, memberId);
        model.addAttribute("memberForm", MemberForm.from(team.member(iso3, memberId)));
        return memberForm(iso3, memberId, model);
    }

    /** Reloading the page after a failed save: back to the member's form. */
    @GetMapping("/members/{memberId}")
    String reloadMember(@PathVariable String iso3, @PathVariable long memberId) {
        return "redirect:/countries/{iso3}/team/members/{memberId}/edit";
    }

    @PostMapping("/members/{memberId}")
    String updateMember(@PathVariable String iso3, @PathVariable long memberId,
            @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        team.checkCanEditMember(iso3, memberId);
        if (!form.tourInOrder()) {
            binding.rejectValue("tourEnd", "team.member.tour.order");
        }
        if (binding.hasErrors()) {
            return memberForm(iso3, memberId, model);
        }
        try {
            team.updateMember(iso3, memberId, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return memberForm(iso3, memberId, model);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return memberConflict(iso3, memberId, form, model);
        }
        redirect.addFlashAttribute("flash", "team.member.saved");
        return "redirect:/countries/{iso3}/team";
    }

    @PostMapping("/members/{memberId}/remove")
    String removeMember(@PathVariable String iso3, @PathVariable long memberId, RedirectAttributes redirect) {
        team.removeMember(iso3, memberId);
        redirect.addFlashAttribute("flash", "team.member.removed");
        return "redirect:/countries/{iso3}/team";
    }

    // ---- posts

    @GetMapping("/posts/new")
    String newPost(@PathVariable String iso3, Model model) {
        team.checkCanAdd(iso3);
        model.addAttribute("postForm", new PostForm());
        return postForm(iso3, null, model);
    }

    /** Reloading the page after a failed save: back to the new-post form. */
    @GetMapping("/posts")
    String reloadNewPost(@PathVariable String iso3) {
        return "redirect:/countries/{iso3}/team/posts/new";
    }

    @PostMapping("/posts")
    String addPost(@PathVariable String iso3, @Valid @ModelAttribute("postForm") PostForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        team.checkCanAdd(iso3);
        if (binding.hasErrors()) {
            return postForm(iso3, null, model);
        }
        try {
            team.addPost(iso3, form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return postForm(iso3, null, model);
        }
        redirect.addFlashAttribute("flash", "team.post.saved");
        return "redirect:/countries/{iso3}/team";
    }

    @GetMapping("/posts/{postId}/edit")
    String editPost(@PathVariable String iso3, @PathVariable long postId, Model model) {
        team.checkCanEditPost(iso3, postId);
        model.addAttribute("postForm", PostForm.from(team.post(iso3, postId)));
        return postForm(iso3, postId, model);
    }

    /** Reloading the page after a failed save: back to the post's form. */
    @GetMapping("/posts/{postId}")
    String reloadPost(@PathVariable String iso3, @PathVariable long postId) {
        return "redirect:/countries/{iso3}/team/posts/{postId}/edit";
    }

    @PostMapping("/posts/{postId}")
    String updatePost(@PathVariable String iso3, @PathVariable long postId,
            @Valid @ModelAttribute("postForm") PostForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        team.checkCanEditPost(iso3, postId);
        if (binding.hasErrors()) {
            return postForm(iso3, postId, model);
        }
        try {
            team.updatePost(iso3, postId, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return postForm(iso3, postId, model);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return postConflict(iso3, postId, form, model);
        }
        redirect.addFlashAttribute("flash", "team.post.saved");
        return "redirect:/countries/{iso3}/team";
    }

    @PostMapping("/posts/{postId}/remove")
    String removePost(@PathVariable String iso3, @PathVariable long postId, RedirectAttributes redirect) {
        team.removePost(iso3, postId);
        redirect.addFlashAttribute("flash", "team.post.removed");
        return "redirect:/countries/{iso3}/team";
    }

    private String memberForm(String iso3, Long memberId, Model model) {
        model.addAttribute("country", team.country(iso3));
        model.addAttribute("memberId", memberId);
        model.addAttribute("roles", TeamRole.values());
        model.addAttribute("agencyChoices", team.agenciesForEntries());
        model.addAttribute("posts", team.team(iso3).posts());
        return "countryteam/member-form";
    }

    private String postForm(String iso3, Long postId, Model model) {
        model.addAttribute("country", team.country(iso3));
        model.addAttribute("postId", postId);
        model.addAttribute("kinds", PostKind.values());
        model.addAttribute("agencyChoices", team.agenciesForEntries());
        return "countryteam/post-form";
    }

    /** The 409 page of a member: the user's version next to the stored one, field by field ({@link TeamFields}). */
    private String memberConflict(String iso3, long memberId, MemberForm yours, Model model) {
        MemberView stored = team.member(iso3, memberId);
        Map<Long, String> postNames = team.team(iso3).posts().stream()
                .collect(Collectors.toMap(PostView::id, PostView::name));
        model.addAttribute("rows", TeamFields.member(names(postNames)).compare(yours.toCommand(),
                MemberForm.from(stored).toCommand()));
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/countries/" + iso3 + "/team/members/" + memberId + "/edit");
        model.addAttribute("detailUrl", "/countries/" + iso3 + "/team");
        return "error/conflict";
    }

    private String postConflict(String iso3, long postId, PostForm yours, Model model) {
        PostView stored = team.post(iso3, postId);
        model.addAttribute("rows", TeamFields.post(names(Map.of())).compare(yours.toCommand(),
                PostForm.from(stored).toCommand()));
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/countries/" + iso3 + "/team/posts/" + postId + "/edit");
        model.addAttribute("detailUrl", "/countries/" + iso3 + "/team");
        return "error/conflict";
    }

    private TeamFields.Names names(Map<Long, String> postNames) {
        Map<Long, String> agencyLabels = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::label));
        Function<String, String> label = key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
        return new TeamFields.Names(id -> agencyLabels.getOrDefault(id, "?"), id -> postNames.getOrDefault(id, "?"),
                label);
    }
}
