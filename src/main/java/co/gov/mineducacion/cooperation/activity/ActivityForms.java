package co.gov.mineducacion.cooperation.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.offer.AcceptedOffer;
import co.gov.mineducacion.cooperation.offer.ContributionKind;

/**
 * Fills the activity form: from an activity to edit it, or from an accepted offer to
 * publish it.
 */
final class ActivityForms {

	private ActivityForms() {
	}

	/**
	 * The offer's fields carried over: its title and description in both language fields
	 * (staff translate one of them), its dates, places, strategic projects and ways to
	 * cooperate, and its organisation, as funder when it offers money (financial or
	 * mixed) and as implementer otherwise. The submitter's contact data is never carried
	 * over: staff name the activity's public contact.
	 */
	static ActivityForm fromOffer(AcceptedOffer offer) {
		ActivityForm form = new ActivityForm();
		form.setOffer(offer.trackingCode());
		form.setTitleEs(offer.title());
		form.setTitleEn(offer.title());
		form.setDescriptionEs(offer.description());
		form.setDescriptionEn(offer.description());
		form.setStart((offer.startDate() != null) ? offer.startDate().toString() : null);
		form.setEnd((offer.endDate() != null) ? offer.endDate().toString() : null);
		form.setDepartments(new ArrayList<>(offer.departments()));
		form.setStrategicProjects(new ArrayList<>(offer.strategicProjects()));
		form.setActionTypes(new ArrayList<>(offer.actionTypes()));
		boolean money = offer.contributionKind() == ContributionKind.FINANCIAL
				|| offer.contributionKind() == ContributionKind.MIXED;
		if (money) {
			form.setFunders(offer.organizationName());
		}
		else {
			form.setImplementers(offer.organizationName());
		}
		return form;
	}

	static ActivityForm fromActivity(Activity activity) {
		ActivityForm form = new ActivityForm();
		form.setVersion(activity.version());
		form.setTitleEs(activity.title().es());
		form.setTitleEn(activity.title().en());
		form.setDescriptionEs(activity.description().es());
		form.setDescriptionEn(activity.description().en());
		form.setStart(activity.start().iso());
		form.setEnd((activity.end() != null) ? activity.end().iso() : null);
		form.setStatusOverride((activity.statusOverride() != null) ? activity.statusOverride().name() : null);
		form.setAgeMin(activity.ageMin());
		form.setAgeMax(activity.ageMax());
		form.setFunders(
				join(activity.organisations().stream().filter((o) -> o.role() == OrganisationRole.FUNDER).toList(),
						(o) -> ActivityFormFunding.funderLine(o.name(), o.commitment())));
		form.fillFunding(activity);
		form.setImplementers(names(activity, OrganisationRole.IMPLEMENTER));
		form.setPartners(names(activity, OrganisationRole.PARTNER));
		form.setDepartments(new ArrayList<>(activity.departments()));
		form.setCities(join(activity.cities(), (c) -> c.code() + " " + c.name()));
		form.setStrategicProjects(new ArrayList<>(activity.strategicProjects()));
		form.setActionTypes(new ArrayList<>(activity.actionTypes()));
		form.setSectors(new ArrayList<>(activity.sectors()));
		form.setLinks(join(activity.links(), (l) -> l.url() + " " + l.title()));
		ActivityDraft.Contact contact = activity.contact();
		form.setContactName(contact.name());
		form.setContactDepartmentEs((contact.department() != null) ? contact.department().es() : null);
		form.setContactDepartmentEn((contact.department() != null) ? contact.department().en() : null);
		form.setContactEmail(contact.email());
		form.setContactPhone(contact.phone());
		return form;
	}

	private static String names(Activity activity, OrganisationRole role) {
		return join(activity.organisations().stream().filter((o) -> o.role() == role).toList(), Organisation::name);
	}

	private static <T> String join(List<T> items, Function<T, String> line) {
		return items.isEmpty() ? null : items.stream().map(line).collect(Collectors.joining("\n"));
	}

}
