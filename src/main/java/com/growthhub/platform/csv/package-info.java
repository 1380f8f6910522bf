/**
 * CSV exports as a contribution: a module implements {@link com.growthhub.platform.csv.CsvExport} for its
 * records, and the export endpoint streams it through {@link com.growthhub.platform.csv.SpreadsheetSafeCsv}.
 */
@NamedInterface("csv")
@NullMarked
package com.growthhub.platform.csv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
