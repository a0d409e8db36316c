package co.gov.mineducacion.cooperation.activity;

/**
 * Who an activity reaches, counted by group: people (children and adolescents, teachers,
 * families and caregivers) or bodies (schools, institutions).
 */
public enum BeneficiaryGroup {

	CHILDREN_ADOLESCENTS, TEACHERS, FAMILIES, SCHOOLS, INSTITUTIONS

}
