package nl.cookiekeur.knowledge.data;

/** Checks cookie and storage key names in data files. */
final class CookieNames {
    private CookieNames() {}

    /**
     * The stripped name in the column; fails when it is empty or contains a control character. Spaces are
     * allowed because storage keys (not cookies) may hold them.
     */
    static String validName(DataRow row, String column) {
        String name = row.required(column);
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw row.fail("bad-name", name);
            }
        }
        return name;
    }
}
