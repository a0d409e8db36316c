/**
 * Colombia's departments (DIVIPOLA) and the territorial view of cooperation: a map drawn
 * by the server from boundary data kept in the project, with the same numbers as a table.
 */
package co.gov.mineducacion.cooperation.territory;
