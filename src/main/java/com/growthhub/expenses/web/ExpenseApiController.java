package com.growthhub.expenses.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.expenses.internal.ExpenseApprovals;
import com.growthhub.expenses.internal.ExpenseCsvExport;
import com.growthhub.expenses.internal.ExpenseFilter;
import com.growthhub.expenses.internal.ExpenseReports;
import com.growthhub.expenses.internal.ExpenseType;
import com.growthhub.expenses.internal.ExpenseView;
import com.growthhub.expenses.internal.Expenses;
import com.growthhub.expenses.internal.ReceiptSuggestions;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.FileNotFoundException;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Expenses", description = "Expenses with receipts: drafts, submission, approval by managers, reimbursement, "
		+ "receipt reading, reports and CSV")
class ExpenseApiController {

	private final Expenses expenses;
	private final ExpenseApprovals approvals;
	private final ReceiptSuggestions suggestions;
	private final ExpenseReports reports;
	private final ExpenseCsvExport csv;
	private final StoredFiles files;

	ExpenseApiController(Expenses expenses, ExpenseApprovals approvals, ReceiptSuggestions suggestions,
			ExpenseReports reports, ExpenseCsvExport csv, StoredFiles files) {
		this.expenses = expenses;
		this.approvals = approvals;
		this.suggestions = suggestions;
		this.reports = reports;
		this.csv = csv;
		this.files = files;
	}

	/** An expense as a program writes it; only a draft may leave amountCents, spentOn and categoryId out. */
	record ExpenseRequest(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 2000) String description,
			@Nullable @Size(max = 120) String merchant, @Nullable @Positive Long amountCents,
			@Nullable @CurrencyCode String currency, @Nullable UUID categoryId, @Nullable ExpenseType type,
			@Nullable LocalDate spentOn, @Nullable UUID eventId, @Nullable @Size(max = 120) String campaign) {

		Expenses.Draft toDraft() {
			return new Expenses.Draft(title, description, merchant, amountCents, currency, categoryId, type, spentOn, eventId,
					campaign);
		}
	}

	record RejectRequest(@Nullable @Size(max = 1000) String reason) {
	}

	record Corrections(@Nullable @Positive Long amountCents, @Nullable LocalDate spentOn,
			@Nullable @Size(max = 120) String merchant) {
	}

	@GetMapping("/expenses")
	@Operation(summary = "Expenses, newest first, keyset-paged; filter by status, eventId, category (id), from and to "
			+ "(the day spent, inclusive) and createdBy. Members see their own; managers and up everyone's")
	Expenses.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String eventId, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String createdBy, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "25") int limit) {
		return expenses.list(organization, actor, ExpenseFilter.parse(status, eventId, category, from, to, createdBy),
				PageCursor.parse(cursor), limit);
	}

	@PostMapping(path = "/expenses", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Creates a draft expense; currency defaults to the organization's, type to other")
	ResponseEntity<ExpenseView> create(OrganizationId organization, Actor actor, @Valid @RequestBody ExpenseRequest body) {
		return created(expenses.create(organization, actor, body.toDraft(), null));
	}

	@PostMapping(path = "/expenses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Creates a draft expense with its receipt (JPEG, PNG or PDF up to 10 MB, type read from the bytes)",
			description = "The receipt part is required; every other field is optional here (title defaults to Receipt). "
					+ "Where tesseract is installed an image receipt is read in the background: see reading in the answer.")
	ResponseEntity<ExpenseView> createWithReceipt(OrganizationId organization, Actor actor,
			@RequestPart("receipt") MultipartFile receipt, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String merchant,
			@RequestParam(required = false) @Nullable String amountCents,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable String categoryId,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String spentOn,
			@RequestParam(required = false) @Nullable String eventId,
			@RequestParam(required = false) @Nullable String campaign) throws IOException {
		Expenses.Draft draft = new Expenses.Draft(title, description, merchant, ExpenseRequests.cents("amountCents", amountCents),
				currency, ExpenseFilter.uuid("categoryId", categoryId), ExpenseRequests.type(type),
				ExpenseFilter.date("spentOn", spentOn), ExpenseFilter.uuid("eventId", eventId), campaign);
		try (InputStream content = receipt.getInputStream()) {
			return created(expenses.create(organization, actor, draft,
					new Expenses.Upload(content, receipt.getOriginalFilename())));
		}
	}

	@GetMapping("/expenses/{id}")
	@Operation(summary = "One expense with its receipt, the reading of the receipt and the actions you may take")
	ExpenseView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return expenses.get(organization, actor, id);
	}

	@PatchMapping("/expenses/{id}")
	@Operation(summary = "Changes an expense: properties present replace, null clears; a submitted expense is no longer "
			+ "editable by its author (409), decided ones by anybody",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = ExpenseRequest.class))))
	ExpenseView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody Map<String, @Nullable Object> body) {
		ExpenseView current = expenses.get(organization, actor, id);
		return expenses.update(organization, actor, id, ExpenseRequests.patch(expenses.draftOf(current), body));
	}

	@DeleteMapping("/expenses/{id}")
	@Operation(summary = "Deletes a draft (its author or an admin) with its receipt")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		expenses.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/expenses/{id}/submit")
	@Operation(summary = "Submits a draft for approval (its author); needs amountCents, spentOn and categoryId (422)")
	ExpenseView submit(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return approvals.submit(organization, actor, id);
	}

	@PostMapping("/expenses/{id}/approve")
	@Operation(summary = "Approves a submitted expense (managers and up; never one's own: 403)")
	ExpenseView approve(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return approvals.approve(organization, actor, id);
	}

	@PostMapping("/expenses/{id}/reject")
	@Operation(summary = "Rejects a submitted expense with a reason (managers and up; never one's own: 403)")
	ExpenseView reject(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody RejectRequest body) {
		return approvals.reject(organization, actor, id, body.reason());
	}

	@PostMapping("/expenses/{id}/reimburse")
	@Operation(summary = "Marks an approved expense reimbursed (managers and up; never one's own: 403)")
	ExpenseView reimburse(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return approvals.reimburse(organization, actor, id);
	}

	@GetMapping("/expenses/{id}/receipt")
	@Operation(summary = "The receipt's file (ranges, ETag); thumbnail=true for the small JPEG of an image receipt")
	ResponseEntity<?> receipt(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean thumbnail, @RequestHeader HttpHeaders headers) {
		ExpenseView.Receipt receipt = expenses.get(organization, actor, id).receipt();
		UUID file = receipt == null ? null : thumbnail ? receipt.thumbnailFileId() : receipt.fileId();
		if (file == null) {
			throw new FileNotFoundException();
		}
		return FileResponses.serve(files, organization, FileId.of(file), headers, true);
	}

	@PostMapping(path = "/expenses/{id}/receipt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Puts a new receipt on an expense you may edit; the old one and its reading are removed")
	ExpenseView replaceReceipt(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestPart("receipt") MultipartFile receipt) throws IOException {
		try (InputStream content = receipt.getInputStream()) {
			return expenses.replaceReceipt(organization, actor, id, new Expenses.Upload(content, receipt.getOriginalFilename()));
		}
	}

	@PostMapping("/expenses/{id}/reading/accept")
	@Operation(summary = "Takes what reading the receipt suggested, with your corrections where given")
	ExpenseView acceptReading(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable Corrections body) {
		ReceiptSuggestions.Corrections corrections = body == null ? ReceiptSuggestions.Corrections.NONE
				: new ReceiptSuggestions.Corrections(body.amountCents(), body.spentOn(), body.merchant());
		return suggestions.accept(organization, actor, id, corrections);
	}

	@PostMapping("/expenses/{id}/reading/dismiss")
	@Operation(summary = "Leaves what reading the receipt suggested unused")
	ExpenseView dismissReading(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return suggestions.dismiss(organization, actor, id);
	}

	@GetMapping("/expenses/report")
	@Operation(summary = "Totals per currency grouped by category, type, person, event or month, with a chart; the filters "
			+ "of the list (without status: submitted, approved and reimbursed expenses)")
	ExpenseReports.Report report(OrganizationId organization, Actor actor,
			@RequestParam(defaultValue = "category") String groupBy, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String eventId, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String createdBy) {
		return reports.report(organization, actor, ExpenseReports.GroupBy.parse(groupBy),
				ExpenseFilter.parse(status, eventId, category, from, to, createdBy));
	}

	@GetMapping(path = "/expenses.csv", produces = "text/csv")
	@Operation(summary = "Expenses as CSV with the filters of the list and the report, streamed; formula-like cells are "
			+ "neutralized")
	void export(OrganizationId organization, Actor actor, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletResponse response) throws IOException {
		try (SpreadsheetSafeCsv out = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"expenses.csv\"");
			return response.getOutputStream();
		})) {
			csv.write(organization, actor, parameters, out);
		}
	}

	private static ResponseEntity<ExpenseView> created(ExpenseView expense) {
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/expenses/" + expense.id())).body(expense);
	}
}
