package com.growthhub.billing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.billing.internal.payments.MonthlyRevenue;
import com.growthhub.billing.internal.payments.NewPayment;
import com.growthhub.billing.internal.payments.PaymentAccess;
import com.growthhub.billing.internal.payments.PaymentBook;
import com.growthhub.billing.internal.payments.PaymentFilter;
import com.growthhub.billing.internal.payments.PaymentMethod;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

/** The payments page (list and revenue per month) and the staff's "Record payment" form of an invoice's page. */
@Controller
class PaymentController {

	private static final int MONTHS = 12;

	private final PaymentBook book;

	private final PaymentAccess access;

	PaymentController(PaymentBook book, PaymentAccess access) {
		this.book = book;
		this.access = access;
	}

	@GetMapping("/billing/payments")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		access.checkRead(organization, actor);
		model.addAttribute("page", book.list(organization, actor, PaymentFilter.none(), PageCursor.parse(cursor),
				PaymentBook.DEFAULT_LIMIT));
		List<MonthlyRevenue> revenue = book.revenueByMonth(organization, actor, MONTHS);
		model.addAttribute("chart", revenue.isEmpty() ? null : chart(revenue));
		return "billing/payments";
	}

	@PostMapping("/billing/invoices/{id}/payments")
	String record(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String method,
			@RequestParam String amount, @RequestParam(required = false) @Nullable String reference,
			RedirectAttributes redirect) {
		access.checkRecord(organization, actor);
		try {
			NewPayment payment = new NewPayment(id, PaymentMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
					cents(amount), null, reference == null || reference.isBlank() ? null : reference.strip(), Instant.now(),
					null, null);
			book.record(organization, actor, payment);
			redirect.addFlashAttribute("paymentRecorded", Boolean.TRUE);
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			redirect.addFlashAttribute("paymentError", "Enter a method and an amount such as 12.50.");
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("paymentError", ex.getMessage());
		}
		return "redirect:/billing/invoices/" + id;
	}

	// People type amounts in units ("12.50", "1,250"); cents are exact.
	private static long cents(String amount) {
		BigDecimal units = new BigDecimal(amount.strip().replace(",", ""));
		long cents = units.movePointRight(2).longValueExact();
		if (cents <= 0) {
			throw new IllegalArgumentException("not positive");
		}
		return cents;
	}

	private static DashboardChart chart(List<MonthlyRevenue> revenue) {
		List<String> months = new ArrayList<>(new TreeSet<>(revenue.stream().map(MonthlyRevenue::month).toList()));
		Map<String, Long[]> byCurrency = new LinkedHashMap<>();
		for (MonthlyRevenue row : revenue) {
			Long[] values = byCurrency.computeIfAbsent(row.currency(), c -> zeros(months.size()));
			values[months.indexOf(row.month())] = row.netCents();
		}
		List<DashboardChart.Series> series = byCurrency.entrySet().stream()
			.map(entry -> new DashboardChart.Series(entry.getKey(), List.of(entry.getValue())))
			.toList();
		String currency = byCurrency.size() == 1 ? byCurrency.keySet().iterator().next() : null;
		return DashboardChart.bars(months, series, currency);
	}

	private static Long[] zeros(int size) {
		Long[] zeros = new Long[size];
		java.util.Arrays.fill(zeros, 0L);
		return zeros;
	}
}
