package nl.cookiekeur.web.tools;

/**
 * One profile in the list.
 *
 * @param href the profile's page
 * @param name the tool's name in the page's language
 * @param vendor the party behind it
 * @param kind the group's name in the page's language
 * @param advice the advice number
 * @param adviceTitle the advice's title
 * @param consentRequired whether prior consent is required
 */
public record ToolRow(
        String href,
        String name,
        String vendor,
        String kind,
        int advice,
        String adviceTitle,
        boolean consentRequired) {}
