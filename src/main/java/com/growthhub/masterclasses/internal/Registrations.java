package com.growthhub.masterclasses.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.billing.Invoicing;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.LeadCapture;
import com.growthhub.masterclasses.MasterclassId;
import com.growthhub.masterclasses.MasterclassRegistered;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Registering for a masterclass: the contact is captured first, then, in one transaction under the class's row lock
 * (so seats are counted one registration at a time and never oversold), the registration takes a seat; the lead's
 * deal opens after that commit, in a transaction of its own, at Registered (or Invoiced);
 * a free class mails the confirmation with the personal join link, a paid one issues the invoice (lead Invoiced) whose
 * payment confirms the seat later ({@link RegistrationPayments}). The same email again answers the registration it
 * already has.
 */
@Service
public class Registrations {

	private final Masterclasses masterclasses;
	private final MasterclassRepository classes;
	private final RegistrationRepository repository;
	private final MasterclassAccess access;
	private final RegistrationFunnel funnel;
	private final LeadCapture leads;
	private final Invoicing invoicing;
	private final SeatMail mail;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	Registrations(Masterclasses masterclasses, MasterclassRepository classes, RegistrationRepository repository,
			MasterclassAccess access, RegistrationFunnel funnel, LeadCapture leads, Invoicing invoicing, SeatMail mail,
			TenantTransactions transactions, ApplicationEventPublisher events) {
		this.masterclasses = masterclasses;
		this.classes = classes;
		this.repository = repository;
		this.access = access;
		this.funnel = funnel;
		this.leads = leads;
		this.invoicing = invoicing;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * @param created false when the email had registered before: nothing new happened
	 * @param payPath the invoice's page to pay at, for a paid class not paid yet
	 */
	public record Registered(UUID registrationId, UUID masterclassId, FunnelStatus funnelStatus, boolean created,
			@Nullable String payPath) {
	}

	public record Page(List<RegistrationView> items, @Nullable String nextCursor) {
	}

	/** @throws NotFoundException for an unknown, draft or archived class; 409 when closed or sold out */
	public Registered register(String slug, RegistrationRequest request) {
		Masterclasses.Public found = masterclasses.published(slug)
			.orElseThrow(() -> NotFoundException.of("The masterclass"));
		OrganizationId organization = found.organization();
		MasterclassView listed = found.masterclass();
		if (!listed.status().open()) {
			throw MasterclassRefusedException.conflict("Registration closed", "This masterclass takes no registrations.");
		}
		Map<String, String> answers = request.answersFor(listed.questions());
		UUID actingUser = listed.hostUserId() != null ? listed.hostUserId()
				: transactions.call(organization, new Actor.Job("masterclass-registration"),
						() -> classes.createdBy(listed.id())).orElseThrow();
		// Contacts are captured and invoices written in a member's name: the host's, else the class's creator's.
		Actor actor = new Actor.User(actingUser);
		Optional<Registered> before = transactions.call(organization, actor,
				() -> existing(organization, listed.id(), request.email()));
		if (before.isPresent()) {
			return before.get();
		}
		// The contact is captured before the class's lock is taken, in a transaction of its own: the lock then covers
		// only the seat count and the insert, so registrations queue for milliseconds, not for the contact's writes.
		// Someone turned away as sold out stays a lead.
		ContactId contact = transactions.call(organization, actor,
				() -> leads.capture(organization, actor, lead(request)).contactId());
		try {
			Registered registered = transactions.call(organization, actor,
					() -> registerLocked(organization, actor, actingUser, listed.id(), contact, request, answers));
			if (registered.created()) {
				// Outside the class's lock and after the seat committed: the deal is the pipeline's, and slower.
				funnel.openDeal(organization, actor, registered.registrationId(), contact, registered.funnelStatus(),
						listed.title());
			}
			return registered;
		}
		catch (DuplicateKeyException ex) {
			// The same email registering twice at once: the second finds the first's row now.
			return transactions.call(organization, actor,
					() -> existing(organization, listed.id(), request.email()).orElseThrow(() -> ex));
		}
	}

	private Registered registerLocked(OrganizationId organization, Actor actor, UUID actingUser, UUID masterclassId,
			ContactId contact, RegistrationRequest request, Map<String, String> answers) {
		MasterclassView masterclass = classes.lock(organization, masterclassId)
			.orElseThrow(() -> NotFoundException.of("The masterclass"));
		Optional<Registered> again = existing(organization, masterclassId, request.email());
		if (again.isPresent()) {
			return again.get();
		}
		if (!masterclass.status().open()) {
			throw MasterclassRefusedException.conflict("Registration closed", "This masterclass takes no registrations.");
		}
		if (masterclass.soldOut()) {
			throw MasterclassRefusedException.soldOut();
		}
		UUID id = Ids.next();
		String token = JoinTokens.newToken();
		repository.insert(organization, id, masterclassId, contact.value(), request, answers, JoinTokens.hash(token));
		SeatMail.Registrant registrant = new SeatMail.Registrant(id, contact.value(), request.name(), request.email());
		FunnelStatus status = FunnelStatus.REGISTERED;
		String payPath = null;
		if (masterclass.free()) {
			mail.confirm(organization, masterclass, registrant, token);
		}
		else {
			Invoicing.IssuedInvoice invoice = invoicing.issueFor(organization, actingUser, contact,
					"Masterclass: " + masterclass.title(), masterclass.priceCents(), masterclass.currency());
			repository.invoiced(id, invoice.invoiceId().value(), invoice.publicPath());
			funnel.invoiced(id);
			status = FunnelStatus.INVOICED;
			payPath = invoice.publicPath();
		}
		events.publishEvent(new MasterclassRegistered(organization, MasterclassId.of(masterclassId), id, contact,
				request.utm(), Instant.now()));
		return new Registered(id, masterclassId, status, true, payPath);
	}

	private Optional<Registered> existing(OrganizationId organization, UUID masterclassId, String email) {
		return repository.byEmail(organization, masterclassId, email)
			.map(stored -> new Registered(stored.view().id(), masterclassId, stored.view().funnelStatus(), false,
					stored.view().funnelStatus() == FunnelStatus.INVOICED ? stored.payPath() : null));
	}

	private static LeadCapture.Lead lead(RegistrationRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		String[] names = request.name().split("\\s+", 2);
		fields.put("firstName", names[0]);
		if (names.length > 1) {
			fields.put("lastName", names[1]);
		}
		fields.put("email", request.email());
		if (request.phone() != null) {
			fields.put("phone", request.phone());
		}
		return new LeadCapture.Lead(fields, Map.of(), null, null, List.of(), "MASTERCLASS");
	}

	public Page list(OrganizationId organization, Actor actor, UUID masterclassId, @Nullable FunnelStatus status,
			@Nullable PageCursor cursor, int limit) {
		access.read(organization, actor);
		if (limit < 1 || limit > Masterclasses.MAX_LIMIT) {
			throw MasterclassInputException.field("limit", "must be between 1 and " + Masterclasses.MAX_LIMIT);
		}
		return transactions.call(organization, actor, () -> {
			classes.find(organization, masterclassId).orElseThrow(() -> NotFoundException.of("The masterclass"));
			List<RegistrationView> rows = repository.list(organization, masterclassId, status, cursor, limit + 1);
			if (rows.size() <= limit) {
				return new Page(rows, null);
			}
			RegistrationView last = rows.get(limit - 1);
			return new Page(rows.subList(0, limit), new PageCursor(last.createdAt(), last.id()).encode());
		});
	}
}
