package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Invoice amounts are in the currency's minor unit (cents; whole yen for JPY, fils for the three-decimal BHD), as the
 * API says. This shows and reads them with the currency's own number of decimals, where the rest of the product
 * assumes two: a JPY invoice of 1000 reads ¥1,000, not ¥10.00. Templates call it as {@code @billingMoney}.
 */
@Component("billingMoney")
public class BillingMoney {

	public String format(long minorUnits, String currency) {
		Currency known = Currency.getInstance(currency);
		int digits = Math.max(0, known.getDefaultFractionDigits());
		NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
		format.setCurrency(known);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(minorUnits, digits));
	}

	/** For templates: minor units as a form field shows them ({@link #typed}). */
	public String typedAmount(long minorUnits, String currency) {
		return typed(minorUnits, currency);
	}

	/** An amount typed in units ({@code 12.50}) as minor units of {@code currency}; more decimals than it has are refused. */
	public static long minorUnits(BigDecimal units, String currency) {
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		return units.movePointRight(digits).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
	}

	/** Minor units as a person types the amount back: {@code 12.50}, {@code 1000} for yen. */
	public static String typed(long minorUnits, String currency) {
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		return BigDecimal.valueOf(minorUnits, digits).toPlainString();
	}
}
