/**
 * Shipped default texts of the Cookiekeur banner (Dutch and English, our own words). A site's
 * configuration may override any key per language under "texts"; missing keys fall back to these.
 * Keys are documented in docs/consent.md.
 * @const
 */
var CK_TEXTS = {
  'nl': {
    'title': 'Cookies op deze website',
    'intro': 'Wij willen cookies en vergelijkbare technieken gebruiken. Noodzakelijke cookies houden de site werkend; voor al het andere vragen wij eerst uw toestemming. Weigert u, dan kunt u de site gewoon gebruiken.',
    'purposes': 'Doelen',
    'parties': 'Partijen',
    'withdrawHint': 'U kunt uw keuze altijd wijzigen of intrekken via de knop \u201cCookie-instellingen\u201d.',
    'accept': 'Alles accepteren',
    'reject': 'Alles weigeren',
    'settings': 'Instellingen',
    'save': 'Keuze opslaan',
    'close': 'Sluiten',
    'settingsTitle': 'Cookie-instellingen',
    'settingsIntro': 'Kies per doel of u toestemming geeft. Alleen noodzakelijke cookies staan aan; de rest blijft uit tot u het zelf aanzet.',
    'alwaysOn': 'Altijd aan. Zonder deze cookies werkt de site niet; hiervoor is geen toestemming nodig.',
    'vendors': 'Partijen en cookies',
    'retention': 'Bewaartermijn',
    'thirdParty': 'derde partij',
    'firstParty': 'deze website zelf',
    'privacy': 'Privacyverklaring',
    'statement': 'Cookieverklaring',
    'manage': 'Cookie-instellingen',
    'placeholder': 'Deze inhoud wordt pas geladen met uw toestemming. Doel:',
    'load': 'Inhoud laden',
    'gpc': 'Uw browser stuurt het signaal Global Privacy Control. Analyse en marketing blijven daarom uit.'
  },
  'en': {
    'title': 'Cookies on this website',
    'intro': 'We would like to use cookies and similar techniques. Necessary cookies keep the site working; for everything else we first ask your consent. If you refuse, you can still use the site.',
    'purposes': 'Purposes',
    'parties': 'Parties',
    'withdrawHint': 'You can change or withdraw your choice at any time with the \u201cCookie settings\u201d button.',
    'accept': 'Accept all',
    'reject': 'Reject all',
    'settings': 'Settings',
    'save': 'Save choice',
    'close': 'Close',
    'settingsTitle': 'Cookie settings',
    'settingsIntro': 'Choose per purpose whether you consent. Only necessary cookies are on; everything else stays off until you switch it on.',
    'alwaysOn': 'Always on. The site does not work without these cookies; they need no consent.',
    'vendors': 'Parties and cookies',
    'retention': 'Retention',
    'thirdParty': 'third party',
    'firstParty': 'this website',
    'privacy': 'Privacy statement',
    'statement': 'Cookie statement',
    'manage': 'Cookie settings',
    'placeholder': 'This content loads only with your consent. Purpose:',
    'load': 'Load content',
    'gpc': 'Your browser sends the Global Privacy Control signal, so analytics and marketing stay off.'
  }
};
