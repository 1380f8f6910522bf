package com.growthhub.identity;

import java.util.List;

/**
 * What an agency tells about a new client.
 *
 * @param name the account's (organization's) name, 1–120 characters
 * @param clientType a lower-case snake_case key such as {@code medical} or {@code home_services}, which onboarding
 * uses to pick its steps
 * @param services the services the agency provides to this client, each 1–80 characters, at most 30
 * @param contactName the contact person, who becomes the account's first (client) user
 * @param contactEmail the contact person's email, where onboarding sends the invitation
 */
public record NewClientAccount(String name, String clientType, List<String> services, String contactName,
		String contactEmail) {
}
