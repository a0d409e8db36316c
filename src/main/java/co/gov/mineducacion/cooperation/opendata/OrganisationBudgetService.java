package co.gov.mineducacion.cooperation.opendata;

import java.time.Clock;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.opendata.OrganisationBudget.Budget;
import co.gov.mineducacion.cooperation.shared.PublicContentChanged;
import co.gov.mineducacion.cooperation.shared.StaleEditException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ministry's annual total budget for the IATI organisation file: read when the file
 * is made, changed by ADMINs. A change checks the version the editor saw, is audited in
 * the same transaction and announces that public content changed (the kept organisation
 * file shows the budget).
 */
@Service
class OrganisationBudgetService {

	private final OrganisationBudgetRepository budgets;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganisationBudgetService(OrganisationBudgetRepository budgets, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.budgets = budgets;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The budget entered, or {@code null}.
	 */
	@Transactional(readOnly = true)
	Budget budget() {
		return row().budget();
	}

	@Transactional(readOnly = true)
	BudgetEdit edit() {
		OrganisationBudget row = row();
		return new BudgetEdit(row.budget(), row.version());
	}

	/**
	 * Stores what an ADMIN wrote ({@code null} clears the budget), refusing a change made
	 * on an older version.
	 */
	@Transactional
	void change(Budget budget, long seenVersion, String by) {
		OrganisationBudget row = row();
		StaleEditException.check("Organisation budget", row.version(), seenVersion);
		if (row.change(budget, by, this.clock.instant())) {
			this.audit.record("opendata.budget.changed", "organisation-budget", (budget != null) ? budget.currency()
					+ " " + budget.amount().toPlainString() + " " + budget.start() + "/" + budget.end() : "cleared");
			this.events.publishEvent(new PublicContentChanged("organisation budget"));
		}
	}

	private OrganisationBudget row() {
		return this.budgets.findById(OrganisationBudget.THE_ONE).orElseThrow();
	}

	/**
	 * The budget ({@code null} when none) and the version an editor saw.
	 */
	record BudgetEdit(Budget budget, long version) {
	}

}
