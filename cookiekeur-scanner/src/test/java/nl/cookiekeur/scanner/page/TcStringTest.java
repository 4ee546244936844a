package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TcStringTest {

    @Test
    void decodesABitFieldCoreSegment() {
        assertThat(TcString.decode(TestPages.TC_STRING + ".argAC0gAAAAAAAAAAAA"))
                .containsEntry("version", "2")
                .containsEntry("created", "2008-12-07T10:04:17.700Z")
                .containsEntry("lastUpdated", "2012-01-10T17:10:13.400Z")
                .containsEntry("cmpId", "21")
                .containsEntry("cmpVersion", "7")
                .containsEntry("consentScreen", "2")
                .containsEntry("consentLanguage", "EN")
                .containsEntry("vendorListVersion", "23")
                .containsEntry("policyVersion", "2")
                .containsEntry("serviceSpecific", "true")
                .containsEntry("purposeOneTreatment", "false")
                .containsEntry("publisherCountry", "KM")
                .containsEntry("specialFeatureOptIns", "2")
                .containsEntry("purposesConsent", "1,3,9,10")
                .containsEntry("purposesLegitimateInterest", "3,4,5,8,9,10")
                .containsEntry("maxVendorIdConsent", "115")
                .containsEntry("vendorsConsent", "56")
                .containsEntry("vendorsLegitimateInterest", "12")
                .doesNotContainKey("error");
    }

    @Test
    void decodesARangeEncodedVendorSection() {
        assertThat(TcString.decode(
                        "COyfVVoOyfVVoADACHENAwCAAAAAAAAAAAAAE5QBgALgAqgD8AQACSwEygJyAnSAMABgAFkAgQCDASeAmYBOgAA"))
                .containsEntry("cmpId", "3")
                .containsEntry("cmpVersion", "2")
                .containsEntry("consentScreen", "7")
                .containsEntry("vendorListVersion", "48")
                .containsEntry("created", "2020-04-27T00:07:00Z")
                .containsEntry("purposesConsent", "")
                .containsEntry("maxVendorIdConsent", "626")
                .containsEntry("vendorsConsent", "8")
                .containsEntry("vendorsLegitimateInterest", "8");
    }

    @Test
    void malformedStringsGiveAnErrorInsteadOfThrowing() {
        assertThat(TcString.decode("not base64 !!")).containsEntry("error", "not web-safe base64");
        assertThat(TcString.decode("CLcVDxRM")).containsEntry("version", "2").containsKey("error");
        assertThat(TcString.decode("BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA"))
                .containsEntry("version", "1")
                .containsEntry("error", "unsupported TC string version 1");
        assertThat(TcString.decode("")).containsEntry("error", "empty or too long");
    }
}
