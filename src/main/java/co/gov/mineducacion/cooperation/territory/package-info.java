/**
 * Colombia's departments (DIVIPOLA) and, later, the territorial view of cooperation.
 */
package co.gov.mineducacion.cooperation.territory;
