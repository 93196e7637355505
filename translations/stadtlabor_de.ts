<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminAboutSection</name>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="20"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="25"/>
        <source>Stadtlabor Kiosk</source>
        <translation>Stadtlabor Kiosk</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="30"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="35"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="40"/>
        <source>libsodium</source>
        <translation>libsodium</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="45"/>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="54"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="59"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="66"/>
        <source>Size (with its journal)</source>
        <translation>Größe (mit Journal)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="74"/>
        <source>Recent log lines</source>
        <translation>Letzte Protokollzeilen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="78"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="87"/>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="111"/>
        <source>Show more (%1 in all)</source>
        <translation>Mehr zeigen (%1 insgesamt)</translation>
    </message>
</context>
<context>
    <name>AdminDataSection</name>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="29"/>
        <source>Stored on this terminal</source>
        <translation>Auf diesem Terminal gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="34"/>
        <source>StadtRaumMonitor ratings</source>
        <translation>StadtRaumMonitor-Bewertungen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="40"/>
        <source>Bochum-Fonds ideas</source>
        <translation>Bochum-Fonds-Ideen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="46"/>
        <source>Waiting to be sent</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="52"/>
        <source>Acknowledged by the hub</source>
        <translation>Vom Hub bestätigt</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="58"/>
        <source>Rejected by the hub</source>
        <translation>Vom Hub abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="64"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="75"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="79"/>
        <source>Writes all ratings and ideas as CSV (for spreadsheets) and JSON (for the hub) into a new folder. Contact data stays sealed: only the hub can open it.</source>
        <translation>Schreibt alle Bewertungen und Ideen als CSV (für Tabellen) und JSON (für den Hub) in einen neuen Ordner. Kontaktdaten bleiben versiegelt: Nur der Hub kann sie öffnen.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="94"/>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="110"/>
        <source>Insert a USB stick and tap “Look for USB sticks” to export onto it.</source>
        <translation>Stecken Sie einen USB-Stick ein und tippen Sie auf „USB-Sticks suchen“, um darauf zu exportieren.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="124"/>
        <source>Exporting …</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="124"/>
        <source>Export now</source>
        <translation>Jetzt exportieren</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="133"/>
        <source>Look for USB sticks</source>
        <translation>USB-Sticks suchen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="155"/>
        <source>Delete acknowledged records</source>
        <translation>Bestätigte Einträge löschen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="159"/>
        <source>Deletes from this terminal the ratings and ideas the hub confirmed more than the given number of days ago. Records still waiting or rejected by the hub are never deleted.</source>
        <translation>Löscht auf diesem Terminal die Bewertungen und Ideen, die der Hub vor mehr als der angegebenen Zahl von Tagen bestätigt hat. Wartende oder vom Hub abgelehnte Einträge werden nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="168"/>
        <source>Acknowledged more than this many days ago (0 to %1)</source>
        <translation>Vor mehr als so vielen Tagen bestätigt (0 bis %1)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="173"/>
        <source>Enter a whole number of days from 0 to %1.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen zwischen 0 und %1 ein.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="185"/>
        <source>Delete …</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="196"/>
        <source>Delete %1 acknowledged records now? This cannot be undone.</source>
        <translation>Jetzt %1 bestätigte Einträge löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="211"/>
        <source>Delete now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="221"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AdminDeviceSection</name>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="17"/>
        <source>This terminal</source>
        <translation>Dieses Terminal</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="30"/>
        <source>Area for the StadtRaumMonitor</source>
        <translation>Gebiet für den StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="34"/>
        <source>Visitors start with this area chosen and can change it. A terminal that stands in one district should start there.</source>
        <translation>Besucher*innen beginnen mit diesem Gebiet und können es ändern. Ein Terminal in einem Stadtteil sollte dort beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="45"/>
        <source>No preset</source>
        <translation>Keine Vorauswahl</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="57"/>
        <source>The whole city (%1)</source>
        <translation>Die ganze Stadt (%1)</translation>
    </message>
</context>
<context>
    <name>AdminKioskSection</name>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="16"/>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="26"/>
        <source>Right now</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="27"/>
        <source>Kiosk mode is on</source>
        <translation>Der Kioskmodus ist an</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="27"/>
        <source>Kiosk mode is off</source>
        <translation>Der Kioskmodus ist aus</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="31"/>
        <source>Run as the kiosk service, the application starts again three seconds after it quits; for maintenance stop the service (systemctl stop stadtlabor-kiosk).</source>
        <translation>Als Kiosk-Dienst startet die Anwendung drei Sekunden nach dem Beenden neu; für Wartungsarbeiten den Dienst anhalten (systemctl stop stadtlabor-kiosk).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="43"/>
        <source>Leave kiosk mode until restart</source>
        <translation>Kioskmodus bis zum Neustart verlassen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="48"/>
        <source>Quit the application</source>
        <translation>Anwendung beenden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="67"/>
        <source>When a visitor walks away</source>
        <translation>Wenn jemand weggeht</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="86"/>
        <source>What visitors can do</source>
        <translation>Was Besucher*innen tun können</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="96"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="100"/>
        <source>Languages on offer (tap to switch on or off):</source>
        <translation>Angebotene Sprachen (zum An- und Ausschalten tippen):</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="138"/>
        <source>Each visitor starts in:</source>
        <translation>Alle beginnen auf:</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="178"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="12"/>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="18"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="19"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="20"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="21"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="22"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="23"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="88"/>
        <source>Street survey</source>
        <translation>Straßenbefragung</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="97"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>AdminPinGate</name>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="35"/>
        <source>Enter the admin PIN</source>
        <translation>Admin-PIN eingeben</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="36"/>
        <source>Repeat the new PIN</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="36"/>
        <source>Choose an admin PIN</source>
        <translation>Admin-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="47"/>
        <source>This terminal has no admin PIN yet. Choose %1 to %2 digits; they protect its settings.</source>
        <translation>Dieses Terminal hat noch keine Admin-PIN. Wählen Sie %1 bis %2 Ziffern; sie schützen seine Einstellungen.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="49"/>
        <source>The settings of this terminal are for the staff of the Stadtlabor.</source>
        <translation>Die Einstellungen dieses Terminals sind für das Team des Stadtlabors.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="63"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="63"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/admin/AdminPinGate.qml" line="99"/>
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminSecuritySection</name>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="32"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="37"/>
        <source>Repeat the new PIN.</source>
        <translation>Wiederholen Sie die neue PIN.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="37"/>
        <source>Enter the new PIN (%1 to %2 digits).</source>
        <translation>Geben Sie die neue PIN ein (%1 bis %2 Ziffern).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="38"/>
        <source>The PIN is stored only as a salted PBKDF2 hash. Wrong entries make the next try wait longer each time.</source>
        <translation>Die PIN wird nur als gesalzener PBKDF2-Hash gespeichert. Nach jeder falschen Eingabe dauert es länger bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="47"/>
        <source>Change the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="62"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="62"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="90"/>
        <source>Saving the PIN …</source>
        <translation>Die PIN wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="101"/>
        <source>Connection to the hub</source>
        <translation>Verbindung zum Hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="125"/>
        <source>How long data stays on this terminal</source>
        <translation>Wie lange Daten auf diesem Terminal bleiben</translation>
    </message>
</context>
<context>
    <name>AdminSettingField</name>
    <message>
        <location filename="../qml/admin/AdminSettingField.qml" line="47"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSettingField.qml" line="50"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSettingField.qml" line="56"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>AdminSwitch</name>
    <message>
        <location filename="../qml/admin/AdminSwitch.qml" line="39"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSwitch.qml" line="45"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>AdminSyncSection</name>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="28"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="29"/>
        <source>Sending and fetching now</source>
        <translation>Sendet und holt gerade Daten</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="33"/>
        <source>Not connected to a hub</source>
        <translation>Mit keinem Hub verbunden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="30"/>
        <source>The last attempt failed; the terminal tries again</source>
        <translation>Der letzte Versuch ist gescheitert; das Terminal versucht es erneut</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="31"/>
        <source>The hub no longer accepts this terminal: enrol it again</source>
        <translation>Der Hub nimmt dieses Terminal nicht mehr an: bitte neu anmelden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="40"/>
        <source>Enrolled. The hub knows this terminal as %1.</source>
        <translation>Angemeldet. Der Hub kennt dieses Terminal als %1.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="47"/>
        <source>Sync finished: %1 sent, %2 rejected.</source>
        <translation>Synchronisation beendet: %1 gesendet, %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="54"/>
        <source>Sync with the hub</source>
        <translation>Synchronisation mit dem Hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="59"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="65"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="71"/>
        <source>Device id at the hub</source>
        <translation>Geräte-ID beim Hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="78"/>
        <source>Waiting to be sent</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="85"/>
        <source>Needs a newer hub</source>
        <translation>Braucht einen neueren Hub</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/admin/AdminSyncSection.qml" line="95"/>
        <source>%n item(s) need a newer hub: the hub does not take the format they were saved in. They stay on this terminal and are sent once the hub is updated; the others are sent meanwhile.</source>
        <translation>
            <numerusform>%n Eintrag braucht einen neueren Hub: Der Hub nimmt das Format, in dem er gespeichert wurde, nicht an. Er bleibt auf diesem Terminal und wird gesendet, sobald der Hub aktualisiert ist; alles andere wird inzwischen gesendet.</numerusform>
            <numerusform>%n Einträge brauchen einen neueren Hub: Der Hub nimmt das Format, in dem sie gespeichert wurden, nicht an. Sie bleiben auf diesem Terminal und werden gesendet, sobald der Hub aktualisiert ist; alles andere wird inzwischen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="99"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="104"/>
        <source>Rejected by the hub</source>
        <translation>Vom Hub abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="110"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="111"/>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="116"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="117"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="122"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="123"/>
        <source>none scheduled</source>
        <translation>keiner geplant</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="130"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="151"/>
        <source>Enrol with a hub</source>
        <translation>Beim Hub anmelden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="155"/>
        <source>The hub&apos;s staff create a one-time enrolment code for this terminal (valid for 24 hours).</source>
        <translation>Das Team des Hubs erstellt einen einmaligen Anmeldecode für dieses Terminal (24 Stunden gültig).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="181"/>
        <source>Name of this terminal</source>
        <translation>Name dieses Terminals</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="204"/>
        <source>This terminal was started without a connection to a hub.</source>
        <translation>Dieses Terminal wurde ohne Verbindung zu einem Hub gestartet.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="164"/>
        <source>Hub address</source>
        <translation>Adresse des Hubs</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="173"/>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="182"/>
        <source>e.g. Stadtlabor entrance</source>
        <translation>z. B. Stadtlabor Eingang</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="193"/>
        <source>Enrolling …</source>
        <translation>Meldet an …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="193"/>
        <source>Enrol</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="215"/>
        <source>Rejected by the hub (%1)</source>
        <translation>Vom Hub abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="220"/>
        <source>The hub has rejected nothing.</source>
        <translation>Der Hub hat nichts abgelehnt.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="252"/>
        <source>%1 from %2, rejected %3</source>
        <translation>%1 vom %2, abgelehnt am %3</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="41"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="54"/>
        <source>What the Smart City Bochum is working on, and what people think of their city.</source>
        <translation>Woran die Smart City Bochum arbeitet und was die Menschen von ihrer Stadt halten.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="112"/>
        <source>Projects of the city</source>
        <translation>Projekte der Stadt</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="186"/>
        <source>How people rate life in %1</source>
        <translation>So bewerten Menschen das Leben in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/kiosk/AttractScreen.qml" line="200"/>
        <source>StadtRaumMonitor: the average of %n response(s), from %1 (%2) to %3 (%4)</source>
        <translation>
            <numerusform>StadtRaumMonitor: Durchschnitt aus %n Antwort, von %1 (%2) bis %3 (%4)</numerusform>
            <numerusform>StadtRaumMonitor: Durchschnitt aus %n Antworten, von %1 (%2) bis %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="221"/>
        <source>Average for %1</source>
        <translation>Durchschnitt für %1</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="222"/>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="223"/>
        <source>No ratings: the line skips the theme</source>
        <translation>Keine Bewertungen: Die Linie überspringt das Thema</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="238"/>
        <source>How is life in %1?</source>
        <translation>Wie lebt es sich in %1?</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="249"/>
        <source>Nobody has rated life in %1 yet.</source>
        <translation>Noch hat niemand das Leben in %1 bewertet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/kiosk/AttractScreen.qml" line="250"/>
        <source>So far %n response(s) for %1.</source>
        <translation>
            <numerusform>Bisher %n Antwort für %1.</numerusform>
            <numerusform>Bisher %n Antworten für %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="251"/>
        <source>The city&apos;s picture appears from %1 responses on.</source>
        <translation>Das Stimmungsbild der Stadt erscheint ab %1 Antworten.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="274"/>
        <source>Join in: rate your neighbourhood with the StadtRaumMonitor.</source>
        <translation>Machen Sie mit: Bewerten Sie Ihr Viertel mit dem StadtRaumMonitor.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="297"/>
        <source>Touch the screen to start</source>
        <translation>Berühren Sie den Bildschirm, um zu beginnen</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../qml/kiosk/ClosedScreen.qml" line="33"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/ClosedScreen.qml" line="44"/>
        <source>Closed right now</source>
        <translation>Gerade geschlossen</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/ClosedScreen.qml" line="56"/>
        <source>Come back %1.</source>
        <translation>Kommen Sie %1 wieder.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/ClosedScreen.qml" line="69"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>CountedTextArea</name>
    <message>
        <location filename="../qml/components/CountedTextArea.qml" line="57"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="17"/>
        <source>Name of this terminal</source>
        <translation>Name dieses Terminals</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="18"/>
        <source>Where it stands, e.g. &quot;Stadtlabor entrance&quot;. The hub lists the terminal under the name given when it was enrolled.</source>
        <translation>Wo es steht, z. B. „Stadtlabor Eingang“. Der Hub führt das Terminal unter dem Namen, der bei der Anmeldung angegeben wurde.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="21"/>
        <source>Preset area of the StadtRaumMonitor</source>
        <translation>Voreingestelltes Gebiet des StadtRaumMonitors</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="24"/>
        <source>Start in kiosk mode</source>
        <translation>Im Kioskmodus starten</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="25"/>
        <source>Full screen without a window frame; the window cannot be closed and no link opens a browser. The command line option --kiosk also starts it.</source>
        <translation>Vollbild ohne Fensterrahmen; das Fenster lässt sich nicht schließen und kein Link öffnet einen Browser. Auch die Befehlszeilenoption --kiosk startet ihn.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="28"/>
        <source>Hide the mouse pointer</source>
        <translation>Mauszeiger ausblenden</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="29"/>
        <source>For touch screens without a mouse.</source>
        <translation>Für Touchscreens ohne Maus.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="31"/>
        <source>On-screen keyboard</source>
        <translation>Bildschirmtastatur</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="32"/>
        <source>Off for laptops with a keyboard.</source>
        <translation>Aus für Laptops mit Tastatur.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="34"/>
        <source>Seconds without a touch before asking &quot;Are you still there?&quot;</source>
        <translation>Sekunden ohne Berührung, bevor „Sind Sie noch da?“ gefragt wird</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="36"/>
        <source>Seconds of the countdown before everything is cleared</source>
        <translation>Sekunden des Countdowns, bevor alles gelöscht wird</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="38"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="40"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="42"/>
        <source>Bochum-Fonds</source>
        <translation>Bochum-Fonds</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="44"/>
        <source>Languages on offer</source>
        <translation>Angebotene Sprachen</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="47"/>
        <source>Language each visitor starts in</source>
        <translation>Sprache, in der jeder Besuch beginnt</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="50"/>
        <source>When visitors can use the terminal</source>
        <translation>Wann das Terminal genutzt werden kann</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="51"/>
        <source>For example: Mo-Fr 09:00-18:00; Sa 10:00-14:00. Empty: always. Outside these hours the terminal shows when it opens again and collects nothing.</source>
        <translation>Zum Beispiel: Mo-Fr 09:00-18:00; Sa 10:00-14:00. Leer: immer. Außerhalb dieser Zeiten zeigt das Terminal, wann es wieder öffnet, und sammelt nichts.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="55"/>
        <source>Allow unencrypted http to other computers</source>
        <translation>Unverschlüsseltes http zu anderen Rechnern erlauben</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="56"/>
        <source>Only for a test network. Without it, plain http is used only for a hub on this computer.</source>
        <translation>Nur für ein Testnetz. Sonst wird einfaches http nur für einen Hub auf diesem Rechner verwendet.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="59"/>
        <source>Pinned key of the hub (optional)</source>
        <translation>Festgelegter Schlüssel des Hubs (freiwillig)</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="60"/>
        <source>The SHA-256 of the hub&apos;s public key, base64. When set, the terminal talks only to a hub with exactly this key.</source>
        <translation>Der SHA-256 des öffentlichen Schlüssels des Hubs, Base64. Wenn gesetzt, spricht das Terminal nur mit einem Hub mit genau diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="63"/>
        <source>Seconds between syncs</source>
        <translation>Sekunden zwischen zwei Synchronisationen</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="65"/>
        <source>Days the sealed contact details stay after the hub has them</source>
        <translation>Tage, die versiegelte Kontaktdaten bleiben, nachdem der Hub sie hat</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="66"/>
        <source>0: deleted as soon as the hub has confirmed them.</source>
        <translation>0: gelöscht, sobald der Hub sie bestätigt hat.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="68"/>
        <source>Days sent records stay after the hub has them</source>
        <translation>Tage, die gesendete Einträge bleiben, nachdem der Hub sie hat</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="50"/>
        <source>Discard your answers?</source>
        <translation>Ihre Antworten verwerfen?</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="59"/>
        <source>You have already answered some questions. If you leave now, your answers are deleted and not sent.</source>
        <translation>Sie haben schon Fragen beantwortet. Wenn Sie jetzt gehen, werden Ihre Antworten gelöscht und nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="72"/>
        <source>Keep answering</source>
        <translation>Weiter ausfüllen</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="77"/>
        <source>Discard answers</source>
        <translation>Antworten verwerfen</translation>
    </message>
</context>
<context>
    <name>FondsContactView</name>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>Wie erreichen wir Sie?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="16"/>
        <source>Your contact data is encrypted on this terminal at once: only the fund&apos;s staff can read it, not the next visitor and not this terminal.</source>
        <translation>Ihre Kontaktdaten werden an diesem Terminal sofort verschlüsselt: Nur das Team des Fonds kann sie lesen, nicht die nächste Person und nicht dieses Terminal.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="49"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="58"/>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="85"/>
        <source>I agree that my contact data is processed as described above.</source>
        <translation>Ich bin einverstanden, dass meine Kontaktdaten wie oben beschrieben verarbeitet werden.</translation>
    </message>
</context>
<context>
    <name>FondsIdeaView</name>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="9"/>
        <source>Your idea</source>
        <translation>Ihre Idee</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="34"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="37"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="44"/>
        <source>What do you want to do, and for whom?</source>
        <translation>Was möchten Sie tun, und für wen?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="52"/>
        <source>Where?</source>
        <translation>Wo?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="52"/>
        <source>Where in %1?</source>
        <translation>Wo in %1?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="62"/>
        <source>Citywide</source>
        <translation>Stadtweit</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="62"/>
        <source>All of %1</source>
        <translation>Ganz %1</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="70"/>
        <source>What kind of project?</source>
        <translation>Was für ein Projekt?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="86"/>
        <source>When do you want to start?</source>
        <translation>Wann möchten Sie beginnen?</translation>
    </message>
</context>
<context>
    <name>FondsIntroView</name>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="15"/>
        <source>Your idea for your neighbourhood</source>
        <translation>Ihre Idee für Ihr Viertel</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="24"/>
        <source>The Bochum-Fonds supports small projects by citizens for the common good: up to %1 per project. You contribute at least %2 % of the cost yourself, as money, hours of work or things you provide.</source>
        <translation>Der Bochum-Fonds unterstützt kleine gemeinnützige Projekte von Bürgerinnen und Bürgern: bis zu %1 pro Projekt. Mindestens %2 % der Kosten tragen Sie selbst, als Geld, Arbeitsstunden oder Sachleistungen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="33"/>
        <source>Here you describe your idea in five short steps. We check it against the fund&apos;s rules as you go; the fund&apos;s staff then get in touch with you. It takes about ten minutes.</source>
        <translation>Hier beschreiben Sie Ihre Idee in fünf kurzen Schritten. Wir prüfen sie dabei nach den Regeln des Fonds; danach meldet sich das Team des Fonds bei Ihnen. Das dauert etwa zehn Minuten.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="52"/>
        <source>Describe my idea</source>
        <translation>Idee beschreiben</translation>
    </message>
</context>
<context>
    <name>FondsMessages</name>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="11"/>
        <source>The title can have at most %1 characters.</source>
        <translation>Der Titel darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="12"/>
        <source>Please give your idea a title.</source>
        <translation>Bitte geben Sie Ihrer Idee einen Titel.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="14"/>
        <source>The description can have at most %1 characters.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="15"/>
        <source>Please describe your idea in a few sentences.</source>
        <translation>Bitte beschreiben Sie Ihre Idee in ein paar Sätzen.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="17"/>
        <source>Please choose where the project takes place.</source>
        <translation>Bitte wählen Sie, wo das Projekt stattfindet.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="19"/>
        <source>Please choose what kind of project it is.</source>
        <translation>Bitte wählen Sie, was für ein Projekt es ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="22"/>
        <source>The start cannot lie in the past.</source>
        <translation>Der Beginn kann nicht in der Vergangenheit liegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/fondsmessages.cpp" line="24"/>
        <source>The start can be at most %n year(s) ahead.</source>
        <translation>
            <numerusform>Der Beginn darf höchstens %n Jahr in der Zukunft liegen.</numerusform>
            <numerusform>Der Beginn darf höchstens %n Jahre in der Zukunft liegen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="25"/>
        <source>Please choose when the project starts (month and year).</source>
        <translation>Bitte wählen Sie, wann das Projekt beginnt (Monat und Jahr).</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="29"/>
        <source>Please enter amounts as numbers, for example 1500 or 1.500,50.</source>
        <translation>Bitte geben Sie Beträge als Zahlen ein, zum Beispiel 1500 oder 1.500,50.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="32"/>
        <source>Please enter the total cost of the project.</source>
        <translation>Bitte geben Sie die Gesamtkosten des Projekts ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="34"/>
        <source>Amounts cannot be negative.</source>
        <translation>Beträge können nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="36"/>
        <source>These amounts are far beyond what the fund can support. Please check them.</source>
        <translation>Diese Beträge liegen weit über dem, was der Fonds fördern kann. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="38"/>
        <source>Your own contribution covers the whole cost: there is nothing to ask the fund for.</source>
        <translation>Ihre Eigenleistung deckt die gesamten Kosten: Beim Fonds ist nichts zu beantragen.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="42"/>
        <source>Please say who hands in the idea.</source>
        <translation>Bitte geben Sie an, wer die Idee einreicht.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="44"/>
        <source>The name of the organisation can have at most %1 characters.</source>
        <translation>Der Name der Organisation darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="45"/>
        <source>Please enter the name of the association.</source>
        <translation>Bitte geben Sie den Namen des Vereins ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="47"/>
        <source>The fund can only support an idea when all three statements apply. Please confirm them.</source>
        <translation>Der Fonds kann eine Idee nur fördern, wenn alle drei Erklärungen zutreffen. Bitte bestätigen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="49"/>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="50"/>
        <source>Please enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="52"/>
        <source>This e-mail address does not look right (for example name@example.de).</source>
        <translation>Diese E-Mail-Adresse sieht nicht richtig aus (zum Beispiel name@example.de).</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="54"/>
        <source>This phone number does not look right (for example 0234 123456).</source>
        <translation>Diese Telefonnummer sieht nicht richtig aus (zum Beispiel 0234 123456).</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="56"/>
        <source>Please give an e-mail address or a phone number, so that the fund&apos;s staff can reach you.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit das Team des Fonds Sie erreichen kann.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="58"/>
        <source>Without your consent your idea cannot be stored.</source>
        <translation>Ohne Ihre Einwilligung kann Ihre Idee nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="59"/>
        <source>Please check this entry.</source>
        <translation>Bitte prüfen Sie diese Angabe.</translation>
    </message>
</context>
<context>
    <name>FondsMoneyView</name>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="9"/>
        <source>Costs and your own contribution</source>
        <translation>Kosten und Eigenleistung</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="62"/>
        <source>Total cost of the project (€)</source>
        <translation>Gesamtkosten des Projekts (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="73"/>
        <source>Your own money (€)</source>
        <translation>Ihr eigenes Geld (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="82"/>
        <source>Hours of voluntary work</source>
        <translation>Stunden ehrenamtlicher Arbeit</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="83"/>
        <source>Each hour counts %1.</source>
        <translation>Jede Stunde zählt %1.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="92"/>
        <source>Things you provide, their value (€)</source>
        <translation>Sachleistungen, ihr Wert (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="93"/>
        <source>For example materials, tools or rooms you do not pay for.</source>
        <translation>Zum Beispiel Material, Werkzeug oder Räume, die Sie nicht bezahlen müssen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="128"/>
        <source>Check against the fund&apos;s rules</source>
        <translation>Prüfung nach den Regeln des Fonds</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="138"/>
        <source>Enter the total cost to see what you can ask the fund for.</source>
        <translation>Geben Sie die Gesamtkosten ein, um zu sehen, was Sie beim Fonds beantragen können.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="144"/>
        <source>Your work, valued</source>
        <translation>Ihre Arbeit, bewertet</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="145"/>
        <source>Your own contribution</source>
        <translation>Ihre Eigenleistung</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="146"/>
        <source>Share of the cost</source>
        <translation>Anteil an den Kosten</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="147"/>
        <source>You ask the fund for</source>
        <translation>Beim Fonds beantragt</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="154"/>
        <source>A small application (up to %1): it is decided continuously.</source>
        <translation>Ein kleiner Antrag (bis %1): Er wird laufend entschieden.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="155"/>
        <source>A large application (over %1): the jury decides two or three times a year.</source>
        <translation>Ein großer Antrag (über %1): Die Jury entscheidet zwei- bis dreimal im Jahr.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="165"/>
        <source>Your own contribution is %1 % of the cost; the fund asks for at least %2 %. You can still hand in your idea: the fund&apos;s staff will advise you how to close the gap.</source>
        <translation>Ihre Eigenleistung beträgt %1 % der Kosten; der Fonds verlangt mindestens %2 %. Sie können Ihre Idee trotzdem einreichen: Das Team des Fonds berät Sie, wie sich die Lücke schließen lässt.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="176"/>
        <source>You ask for %1; the fund gives at most %2 per project. You can still hand in your idea: the fund&apos;s staff will advise you.</source>
        <translation>Sie beantragen %1; der Fonds gibt höchstens %2 pro Projekt. Sie können Ihre Idee trotzdem einreichen: Das Team des Fonds berät Sie.</translation>
    </message>
</context>
<context>
    <name>FondsPage</name>
    <message>
        <location filename="../qml/pages/FondsPage.qml" line="11"/>
        <source>Bochum-Fonds</source>
        <translation>Bochum-Fonds</translation>
    </message>
</context>
<context>
    <name>FondsReceiptView</name>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="23"/>
        <source>Thank you, your idea has been handed in!</source>
        <translation>Vielen Dank, Ihre Idee ist eingereicht!</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="32"/>
        <source>Your receipt code:</source>
        <translation>Ihr Belegcode:</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="49"/>
        <source>Please note the code or take a photo of it. With it, the fund&apos;s staff find your idea when you call or write.</source>
        <translation>Bitte notieren oder fotografieren Sie den Code. Damit findet das Team des Fonds Ihre Idee, wenn Sie anrufen oder schreiben.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="51"/>
        <source>Your idea does not yet meet all of the fund&apos;s rules. The staff will get in touch to advise you.</source>
        <translation>Ihre Idee erfüllt noch nicht alle Regeln des Fonds. Das Team meldet sich, um Sie zu beraten.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="53"/>
        <source>A small application: it is decided continuously, usually within a few weeks.</source>
        <translation>Ein kleiner Antrag: Er wird laufend entschieden, meist innerhalb weniger Wochen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="54"/>
        <source>A large application: the jury decides at its next meeting; the staff will tell you when.</source>
        <translation>Ein großer Antrag: Die Jury entscheidet in ihrer nächsten Sitzung; das Team sagt Ihnen, wann.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="63"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="87"/>
        <source>The Bochum-Fonds online: the rules and how it goes on</source>
        <translation>Der Bochum-Fonds online: die Regeln und wie es weitergeht</translation>
    </message>
</context>
<context>
    <name>FondsReviewView</name>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="9"/>
        <source>Check and hand in</source>
        <translation>Prüfen und einreichen</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="10"/>
        <source>Hand in idea</source>
        <translation>Idee einreichen</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="58"/>
        <source>Your idea</source>
        <translation>Ihre Idee</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="59"/>
        <source>Change idea</source>
        <translation>Idee ändern</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="61"/>
        <source>start %1</source>
        <translation>Beginn %1</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="65"/>
        <source>Money</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="66"/>
        <source>Change costs</source>
        <translation>Kosten ändern</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="68"/>
        <source>Total cost %1 · own contribution %2 (%3 %) · asked from the fund %4</source>
        <translation>Gesamtkosten %1 · Eigenleistung %2 (%3 %) · beim Fonds beantragt %4</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="70"/>
        <source>Marked &quot;needs advice&quot;: the fund&apos;s staff will talk it through with you.</source>
        <translation>Markiert als „Beratung nötig“: Das Team des Fonds bespricht es mit Ihnen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="73"/>
        <source>Who</source>
        <translation>Wer reicht ein</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="74"/>
        <source>Change applicant</source>
        <translation>Antragstellende ändern</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="76"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="76"/>
        <source>Group or initiative</source>
        <translation>Gruppe oder Initiative</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="76"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="77"/>
        <source>All three statements confirmed.</source>
        <translation>Alle drei Erklärungen bestätigt.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="80"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="81"/>
        <source>Change contact</source>
        <translation>Kontakt ändern</translation>
    </message>
</context>
<context>
    <name>FondsStepLayout</name>
    <message>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="13"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="56"/>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="72"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>FondsWhoView</name>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="9"/>
        <source>Who hands in the idea?</source>
        <translation>Wer reicht die Idee ein?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="12"/>
        <source>I, as a private person</source>
        <translation>Ich, als Privatperson</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="13"/>
        <source>A group or initiative</source>
        <translation>Eine Gruppe oder Initiative</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="14"/>
        <source>An association (e.V.)</source>
        <translation>Ein Verein (e.V.)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="42"/>
        <source>Name of the association</source>
        <translation>Name des Vereins</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="42"/>
        <source>Name of the group (optional)</source>
        <translation>Name der Gruppe (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="43"/>
        <source>Treated like your contact data: sealed, only the fund&apos;s staff can read it.</source>
        <translation>Wird wie Ihre Kontaktdaten behandelt: verschlüsselt, nur das Team des Fonds kann es lesen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="53"/>
        <source>Please confirm:</source>
        <translation>Bitte bestätigen Sie:</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="62"/>
        <source>I am of age and have full legal capacity.</source>
        <translation>Ich bin volljährig und voll geschäftsfähig.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="69"/>
        <source>We are not a public institution, political party or one of their organisations.</source>
        <translation>Wir sind keine öffentliche Einrichtung, keine Partei und keine ihrer Organisationen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="76"/>
        <source>The project is for the common good, not commercial, takes place in Bochum and outside the active urban-renewal areas.</source>
        <translation>Das Projekt ist gemeinnützig, nicht kommerziell, findet in Bochum statt und liegt außerhalb der aktiven Stadterneuerungsgebiete.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="50"/>
        <source>Welcome to the Stadtlabor</source>
        <translation>Willkommen im Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="59"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>Erfahren Sie, woran die Smart City Bochum arbeitet, und reden Sie mit. Tippen Sie auf eine Kachel, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="80"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="81"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>Was die Stadt für mehr Beteiligung plant und baut, und wie weit jedes Projekt ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="82"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="92"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="93"/>
        <source>Rate the quality of life in your neighbourhood and see how it compares.</source>
        <translation>Bewerten Sie die Lebensqualität in Ihrem Viertel und sehen Sie den Vergleich.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="94"/>
        <source>About 5 minutes, anonymous</source>
        <translation>Etwa 5 Minuten, anonym</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="104"/>
        <source>Bochum-Fonds</source>
        <translation>Bochum-Fonds</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="105"/>
        <source>Hand in your idea for a project in your neighbourhood, checked against the fund&apos;s rules right away.</source>
        <translation>Reichen Sie Ihre Idee für ein Projekt in Ihrem Viertel ein, gleich geprüft nach den Regeln des Fonds.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106"/>
        <source>Up to %1 per project</source>
        <translation>Bis zu %1 pro Projekt</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/kiosk/IdleOverlay.qml" line="35"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/kiosk/IdleOverlay.qml" line="55"/>
        <source>In %n second(s) everything entered here is deleted and the terminal starts again for the next person.</source>
        <translation>
            <numerusform>In %n Sekunde wird alles hier Eingegebene gelöscht und das Terminal beginnt neu für die nächste Person.</numerusform>
            <numerusform>In %n Sekunden wird alles hier Eingegebene gelöscht und das Terminal beginnt neu für die nächste Person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/kiosk/IdleOverlay.qml" line="67"/>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/IdleOverlay.qml" line="72"/>
        <source>End now</source>
        <translation>Jetzt beenden</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <location filename="../qml/components/KeyboardPanel.qml" line="97"/>
        <source>Hide keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="45"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
</context>
<context>
    <name>MonitorAboutView</name>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="11"/>
        <source>under 18</source>
        <translation>unter 18</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="11"/>
        <source>18 to 29</source>
        <translation>18 bis 29</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="12"/>
        <source>30 to 44</source>
        <translation>30 bis 44</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="12"/>
        <source>45 to 64</source>
        <translation>45 bis 64</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="13"/>
        <source>65 or older</source>
        <translation>65 oder älter</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="13"/>
        <source>I&apos;d rather not say my age</source>
        <translation>Alter nicht angeben</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="16"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="16"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>I&apos;d rather not say my gender</source>
        <translation>Geschlecht nicht angeben</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="20"/>
        <source>I live here</source>
        <translation>Ich wohne hier</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="20"/>
        <source>I work here</source>
        <translation>Ich arbeite hier</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="21"/>
        <source>I study or go to school here</source>
        <translation>Ich studiere oder gehe hier zur Schule</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="21"/>
        <source>I visit</source>
        <translation>Ich bin zu Besuch</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="44"/>
        <source>About you (optional)</source>
        <translation>Über Sie (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="53"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="59"/>
        <source>These answers help the city see whom it reaches. They are stored without your name.</source>
        <translation>Diese Angaben zeigen der Stadt, wen sie erreicht. Sie werden ohne Ihren Namen gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="78"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="93"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="107"/>
        <source>How are you connected to %1? (as many as apply)</source>
        <translation>Was verbindet Sie mit %1? (Mehrfachauswahl möglich)</translation>
    </message>
</context>
<context>
    <name>MonitorAreaView</name>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="20"/>
        <source>Which part of %1?</source>
        <translation>Welcher Teil von %1?</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="21"/>
        <source>Which area do you want to rate?</source>
        <translation>Welches Gebiet möchten Sie bewerten?</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="55"/>
        <source>The whole city (%1)</source>
        <translation>Die ganze Stadt (%1)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="71"/>
        <source>All of %1</source>
        <translation>Ganz %1</translation>
    </message>
</context>
<context>
    <name>MonitorDoneView</name>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="18"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="26"/>
        <source>Your answers are saved on this terminal and sent to the city without your name. The city&apos;s planners use them, together with everyone else&apos;s, to see where life in Bochum&apos;s neighbourhoods needs to get better. The results are published on this terminal as soon as enough people have taken part.</source>
        <translation>Ihre Antworten sind auf diesem Terminal gespeichert und werden ohne Ihren Namen an die Stadt übermittelt. Die Stadtplanung nutzt sie zusammen mit allen anderen Antworten, um zu sehen, wo das Leben in Bochums Stadtteilen besser werden muss. Die Ergebnisse erscheinen hier, sobald genug Menschen mitgemacht haben.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="35"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <location filename="../qml/pages/MonitorPage.qml" line="11"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
</context>
<context>
    <name>MonitorStartView</name>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="15"/>
        <source>How good is life in your neighbourhood?</source>
        <translation>Wie gut lebt es sich in Ihrem Viertel?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorStartView.qml" line="24"/>
        <source>Rate an area of Bochum on %n theme(s), from paths and buses to green spaces and feeling safe. Afterwards you see your answers as a chart.</source>
        <translation>
            <numerusform>Bewerten Sie ein Gebiet in Bochum zu %n Thema, von Wegen und Bussen bis zu Grünflächen und Sicherheit. Danach sehen Sie Ihre Antworten als Diagramm.</numerusform>
            <numerusform>Bewerten Sie ein Gebiet in Bochum zu %n Themen, von Wegen und Bussen bis zu Grünflächen und Sicherheit. Danach sehen Sie Ihre Antworten als Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="32"/>
        <source>It takes about five minutes. Your answers are anonymous: we do not ask for your name, and you can skip any question.</source>
        <translation>Das dauert etwa fünf Minuten. Ihre Antworten sind anonym: Wir fragen nicht nach Ihrem Namen, und Sie können jede Frage überspringen.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="52"/>
        <source>Start rating</source>
        <translation>Bewertung beginnen</translation>
    </message>
</context>
<context>
    <name>MonitorSummaryView</name>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="53"/>
        <source>Your rating of %1</source>
        <translation>Ihre Bewertung von %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="72"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Mitte: %1 · Rand: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="71"/>
        <source>Average for %1 (%n response(s))</source>
        <translation>
            <numerusform>Durchschnitt für %1 (%n Antwort)</numerusform>
            <numerusform>Durchschnitt für %1 (%n Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="73"/>
        <source>You did not rate any theme, so there is nothing to draw.</source>
        <translation>Sie haben kein Thema bewertet, deshalb gibt es nichts zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="114"/>
        <source>There are no responses for %1 yet.</source>
        <translation>Für %1 gibt es noch keine Antworten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="115"/>
        <source>So far %n response(s) for %1.</source>
        <translation>
            <numerusform>Bisher %n Antwort für %1.</numerusform>
            <numerusform>Bisher %n Antworten für %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="117"/>
        <source>The comparison with everyone else&apos;s answers appears from %1 responses on.</source>
        <translation>Der Vergleich mit den Antworten aller anderen erscheint ab %1 Antworten.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="118"/>
        <source>The comparison appears for each theme once %1 people have rated it.</source>
        <translation>Der Vergleich erscheint für jedes Thema, sobald es %1 Personen bewertet haben.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="119"/>
        <source>Themes rated by fewer than %1 people have no average yet.</source>
        <translation>Für Themen mit weniger als %1 Bewertungen gibt es noch keinen Durchschnitt.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="137"/>
        <source>Strongest</source>
        <translation>Am besten bewertet</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="146"/>
        <source>Most room for improvement</source>
        <translation>Am meisten Verbesserungsbedarf</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="163"/>
        <source>You did not rate any theme. You can still send your answers, or change one.</source>
        <translation>Sie haben kein Thema bewertet. Sie können Ihre Antworten trotzdem absenden oder eine Antwort ändern.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="170"/>
        <source>Change an answer</source>
        <translation>Eine Antwort ändern</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="210"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="217"/>
        <source>Send answers</source>
        <translation>Antworten absenden</translation>
    </message>
</context>
<context>
    <name>MonitorThemeView</name>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="64"/>
        <source>Think about:</source>
        <translation>Denken Sie zum Beispiel an:</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="135"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="145"/>
        <source>Nothing chosen yet: if you go on, this theme is saved as “no answer”.</source>
        <translation>Noch nichts gewählt: Wenn Sie weitergehen, wird dieses Thema als „Keine Antwort“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="165"/>
        <source>What is good here? (optional)</source>
        <translation>Was ist hier gut? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="176"/>
        <source>What could be better? (optional)</source>
        <translation>Was könnte besser sein? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="195"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="196"/>
        <source>Go on without a rating</source>
        <translation>Ohne Bewertung weiter</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="198"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="198"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/components/PinPad.qml" line="13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/PinPad.qml" line="59"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/PinPad.qml" line="77"/>
        <source>Enter the PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location filename="../qml/components/PinPad.qml" line="121"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <location filename="../qml/components/ProjectCard.qml" line="80"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="15"/>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="64"/>
        <source>This project is no longer in the catalogue.</source>
        <translation>Dieses Projekt steht nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="89"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="115"/>
        <source>Rate your neighbourhood now</source>
        <translation>Jetzt Ihr Viertel bewerten</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="116"/>
        <source>Hand in your idea now</source>
        <translation>Jetzt Ihre Idee einreichen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="136"/>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="167"/>
        <source>Scan to read more on your phone</source>
        <translation>Scannen und auf dem Handy weiterlesen</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="11"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="39"/>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="55"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="77"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="87"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="88"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="90"/>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="127"/>
        <source>No project matches your choice.</source>
        <translation>Kein Projekt passt zu Ihrer Auswahl.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="138"/>
        <source>Show all projects</source>
        <translation>Alle Projekte zeigen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="35"/>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>SpiderChart</name>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="26"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="27"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="28"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="29"/>
        <source>No answer: the line skips the theme</source>
        <translation>Keine Antwort: Die Linie überspringt das Thema</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="31"/>
        <source>There is nothing to draw yet: no theme has a rating.</source>
        <translation>Noch gibt es nichts zu zeichnen: Kein Thema ist bewertet.</translation>
    </message>
</context>
<context>
    <name>StaffAreaGrid</name>
    <message>
        <location filename="../qml/staff/StaffAreaGrid.qml" line="21"/>
        <source>All Stadtbezirke</source>
        <translation>Alle Stadtbezirke</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffAreaGrid.qml" line="42"/>
        <source>The whole city (%1)</source>
        <translation>Die ganze Stadt (%1)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffAreaGrid.qml" line="56"/>
        <source>All of %1</source>
        <translation>Ganz %1</translation>
    </message>
</context>
<context>
    <name>StaffLoopView</name>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="32"/>
        <source>Interviewer %1</source>
        <translation>Interviewer %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="33"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="34"/>
        <source>Area %1</source>
        <translation>Gebiet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/staff/StaffLoopView.qml" line="35"/>
        <source>%n response(s) this session</source>
        <translation>
            <numerusform>%n Antwort in dieser Sitzung</numerusform>
            <numerusform>%n Antworten in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="63"/>
        <source>End and discard these answers</source>
        <translation>Beenden und diese Antworten verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="63"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="48"/>
        <source>Saved (%1). Next respondent, please.</source>
        <translation>Gespeichert (%1). Die nächste Person, bitte.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="13"/>
        <source>Street survey</source>
        <translation>Straßenbefragung</translation>
    </message>
</context>
<context>
    <name>StaffSetupView</name>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="53"/>
        <source>New street survey session</source>
        <translation>Neue Sitzung der Straßenbefragung</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="62"/>
        <source>Each respondent&apos;s answers are saved on this device with these IDs, and sent to the hub whenever it can be reached.</source>
        <translation>Die Antworten jeder befragten Person werden mit diesen IDs auf diesem Gerät gespeichert und an den Hub gesendet, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="72"/>
        <source>Interviewer ID</source>
        <translation>Interviewer-ID</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="75"/>
        <source>Letters, digits, - _ and . (up to %1 characters)</source>
        <translation>Buchstaben, Ziffern, - _ und . (bis zu %1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="85"/>
        <source>Group ID (optional)</source>
        <translation>Gruppen-ID (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="88"/>
        <source>Only for a moderated group session.</source>
        <translation>Nur bei einer moderierten Gruppensitzung.</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="101"/>
        <source>Which part of %1?</source>
        <translation>Welcher Teil von %1?</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="102"/>
        <source>Area of this session</source>
        <translation>Gebiet dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="140"/>
        <source>Area: %1</source>
        <translation>Gebiet: %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="140"/>
        <source>No area chosen yet</source>
        <translation>Noch kein Gebiet gewählt</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="153"/>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
</context>
<context>
    <name>StaffSummaryView</name>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="34"/>
        <source>Session average for %1 (n = %2)</source>
        <translation>Durchschnitt der Sitzung für %1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="50"/>
        <source>Session average</source>
        <translation>Durchschnitt der Sitzung</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="51"/>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="52"/>
        <source>No ratings: the line skips the theme</source>
        <translation>Keine Bewertungen: Die Linie überspringt das Thema</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="53"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Mitte: %1 · Rand: %2</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="54"/>
        <source>Nobody in this session has rated a theme yet, so there is nothing to draw.</source>
        <translation>In dieser Sitzung hat noch niemand ein Thema bewertet, deshalb gibt es nichts zu zeichnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/staff/StaffSummaryView.qml" line="71"/>
        <source>%n response(s) in this session</source>
        <translation>
            <numerusform>%n Antwort in dieser Sitzung</numerusform>
            <numerusform>%n Antworten in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="80"/>
        <source>Interviewer %1</source>
        <translation>Interviewer %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="81"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="109"/>
        <source>Mean per theme (n = number of ratings)</source>
        <translation>Mittelwert je Thema (n = Anzahl der Bewertungen)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="155"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="161"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>StepFooter</name>
    <message>
        <location filename="../qml/components/StepFooter.qml" line="10"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/components/StepFooter.qml" line="12"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="18"/>
        <source>All sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="19"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="20"/>
        <source>Offline, %n waiting to be sent</source>
        <translation>
            <numerusform>Offline, %n wartet auf Versand</numerusform>
            <numerusform>Offline, %n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="21"/>
        <location filename="../qml/components/SyncIndicator.qml" line="29"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="27"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="28"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="31"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="38"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
</context>
<context>
    <name>stadtlabor::AdminController</name>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="59"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="61"/>
        <source>The two entries are not the same. Please enter the new PIN again.</source>
        <translation>Die beiden Eingaben stimmen nicht überein. Bitte geben Sie die neue PIN noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="63"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="65"/>
        <source>Too many wrong PINs. Please wait until the next try is possible.</source>
        <translation>Zu viele falsche PINs. Bitte warten Sie, bis der nächste Versuch möglich ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="67"/>
        <source>The PIN is set.</source>
        <translation>Die PIN ist festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="69"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>Die PIN konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="71"/>
        <source>Unlock with the current PIN first.</source>
        <translation>Bitte zuerst mit der aktuellen PIN entsperren.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="73"/>
        <source>Locked after two minutes without use.</source>
        <translation>Nach zwei Minuten ohne Bedienung gesperrt.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::CollectionGate</name>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="59"/>
        <source>This terminal is not set up yet: an administrator must first choose its PIN. Nothing was saved.</source>
        <translation>Dieses Terminal ist noch nicht eingerichtet: Zuerst muss eine Administratorin oder ein Administrator die PIN festlegen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="61"/>
        <source>Touch the screen to start. Nothing was saved.</source>
        <translation>Berühren Sie den Bildschirm, um zu beginnen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="63"/>
        <source>The terminal is closed now. Nothing was saved.</source>
        <translation>Das Terminal ist gerade geschlossen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="65"/>
        <source>This part is switched off on this terminal. Nothing was saved.</source>
        <translation>Dieser Bereich ist an diesem Terminal ausgeschaltet. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::DataController</name>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="100"/>
        <source>Exported %1 StadtRaumMonitor ratings and %2 Bochum-Fonds ideas to %3.</source>
        <translation>%1 StadtRaumMonitor-Bewertungen und %2 Bochum-Fonds-Ideen nach %3 exportiert.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="103"/>
        <source>Choose a folder first.</source>
        <translation>Wählen Sie zuerst einen Ordner.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="105"/>
        <source>Nothing was exported: the folder %1 does not exist (was the USB stick removed?).</source>
        <translation>Nichts exportiert: Der Ordner %1 existiert nicht (wurde der USB-Stick entfernt?).</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="107"/>
        <source>Nothing was exported: %1 is a file, not a folder.</source>
        <translation>Nichts exportiert: %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="109"/>
        <source>Nothing was exported: nothing can be written to the folder %1 (read-only?).</source>
        <translation>Nichts exportiert: In den Ordner %1 kann nicht geschrieben werden (schreibgeschützt?).</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="111"/>
        <source>The export failed while writing (is the medium full or was it removed?); nothing was left behind. (%1)</source>
        <translation>Der Export ist beim Schreiben fehlgeschlagen (Datenträger voll oder entfernt?); es blieb nichts zurück. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="114"/>
        <source>The export failed: this terminal&apos;s database could not be read. (%1)</source>
        <translation>Der Export ist fehlgeschlagen: Die Datenbank dieses Terminals konnte nicht gelesen werden. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="116"/>
        <source>Deleted: %1 records the hub had acknowledged.</source>
        <translation>Gelöscht: %1 vom Hub bestätigte Einträge.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="118"/>
        <source>Nothing was deleted: enter a whole number of days from 0 to %1.</source>
        <translation>Nichts gelöscht: Geben Sie eine ganze Zahl von Tagen zwischen 0 und %1 ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="120"/>
        <source>Nothing was deleted: this terminal&apos;s database failed. (%1)</source>
        <translation>Nichts gelöscht: Die Datenbank dieses Terminals hat einen Fehler gemeldet. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="279"/>
        <source>Documents folder of this terminal</source>
        <translation>Dokumente-Ordner dieses Terminals</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="298"/>
        <source>Removable medium “%1”</source>
        <translation>Wechseldatenträger „%1“</translation>
    </message>
</context>
<context>
    <name>stadtlabor::DeviceSettings</name>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="104"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="95"/>
        <source>Either on or off.</source>
        <translation>Entweder an oder aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="110"/>
        <source>The terminal needs a name, e.g. where it stands.</source>
        <translation>Das Terminal braucht einen Namen, z. B. wo es steht.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="112"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="115"/>
        <source>Letters, digits, spaces and punctuation only.</source>
        <translation>Nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="122"/>
        <source>The catalogue has no area &quot;%1&quot;.</source>
        <translation>Der Katalog hat kein Gebiet „%1“.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="131"/>
        <source>At least one module stays on; otherwise the terminal has nothing to offer.</source>
        <translation>Mindestens ein Modul bleibt an; sonst hat das Terminal nichts anzubieten.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="136"/>
        <source>Offer at least one language.</source>
        <translation>Bieten Sie mindestens eine Sprache an.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="139"/>
        <source>&quot;%1&quot; is not a language of this terminal; it has %2.</source>
        <translation>„%1“ ist keine Sprache dieses Terminals; es hat %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="143"/>
        <source>Each language once.</source>
        <translation>Jede Sprache nur einmal.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="145"/>
        <source>The default language (%1) must stay on offer; choose another default first.</source>
        <translation>Die Standardsprache (%1) muss angeboten bleiben; wählen Sie zuerst eine andere Standardsprache.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="150"/>
        <source>The default language must be one of the languages on offer (%1).</source>
        <translation>Die Standardsprache muss eine der angebotenen Sprachen sein (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="159"/>
        <source>The SHA-256 of the hub&apos;s public key in base64 (44 characters), or empty for no pin.</source>
        <translation>Der SHA-256 des öffentlichen Schlüssels des Hubs in Base64 (44 Zeichen), oder leer für keinen.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="94"/>
        <location filename="../src/ui/devicesettings.cpp" line="161"/>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="176"/>
        <source>The setting could not be saved. Please try again.</source>
        <translation>Die Einstellung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::FondsController</name>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="462"/>
        <source>The Bochum-Fonds cannot take ideas on this terminal at the moment.</source>
        <translation>Der Bochum-Fonds kann an diesem Terminal gerade keine Ideen annehmen.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="595"/>
        <source>Your idea could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Ihre Idee konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sprechen Sie das Personal an. (%1)</translation>
    </message>
</context>
<context>
    <name>stadtlabor::KioskSession</name>
    <message>
        <location filename="../src/ui/kiosksession.cpp" line="254"/>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <location filename="../src/ui/kiosksession.cpp" line="256"/>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <location filename="../src/ui/kiosksession.cpp" line="257"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>stadtlabor::MonitorController</name>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="251"/>
        <source>The StadtRaumMonitor has no themes in this catalogue.</source>
        <translation>Der StadtRaumMonitor hat in diesem Katalog keine Themen.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="435"/>
        <source>Your answers could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sprechen Sie das Personal an. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="538"/>
        <source>%1 (%2)</source>
        <comment>a theme and its rating</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="540"/>
        <source>Equally rated (%1 each): %2</source>
        <translation>Gleich bewertet (je %1): %2</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="540"/>
        <source>; </source>
        <comment>between tied themes</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="567"/>
        <source>You rated one theme only, so none stands out as the strongest or the weakest.</source>
        <translation>Sie haben nur ein Thema bewertet, deshalb ist keines am besten oder am schlechtesten bewertet.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="568"/>
        <source>You gave every theme you rated the same rating (%1), so none stands out as the strongest or the weakest.</source>
        <translation>Sie haben alle bewerteten Themen gleich bewertet (je %1), deshalb ist keines am besten oder am schlechtesten bewertet.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::OpeningHours</name>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="56"/>
        <source>&quot;%1&quot;: give days and times, e.g. Mo-Fr 09:00-18:00</source>
        <translation>„%1“: Geben Sie Tage und Zeiten an, z. B. Mo-Fr 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="66"/>
        <source>&quot;%1&quot; is not a day; use Mo, Di, Mi, Do, Fr, Sa, So (or Tu, We, Th, Su)</source>
        <translation>„%1“ ist kein Tag; verwenden Sie Mo, Di, Mi, Do, Fr, Sa, So (oder Tu, We, Th, Su)</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="82"/>
        <source>&quot;%1&quot; is not a time range; use HH:MM-HH:MM, e.g. 09:00-18:00</source>
        <translation>„%1“ ist keine Zeitspanne; verwenden Sie HH:MM-HH:MM, z. B. 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="86"/>
        <source>&quot;%1&quot;: the closing time must come after the opening time</source>
        <translation>„%1“: Die Schließzeit muss nach der Öffnungszeit liegen</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="94"/>
        <source>No opening times found; leave the field empty for always open</source>
        <translation>Keine Öffnungszeiten gefunden; lassen Sie das Feld leer für immer geöffnet</translation>
    </message>
</context>
<context>
    <name>stadtlabor::StaffController</name>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="91"/>
        <source>Enter your interviewer ID.</source>
        <translation>Bitte geben Sie Ihre Interviewer-ID ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="93"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="96"/>
        <source>Only letters, digits and the characters - _ . are allowed (no spaces).</source>
        <translation>Nur Buchstaben, Ziffern und die Zeichen - _ . sind erlaubt (keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="114"/>
        <source>Choose the area of this session.</source>
        <translation>Bitte wählen Sie das Gebiet dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="116"/>
        <source>This area is not in the catalogue.</source>
        <translation>Dieses Gebiet ist nicht im Katalog.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::SyncController</name>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="65"/>
        <source>The hub cannot be reached (network or address).</source>
        <translation>Der Hub ist nicht erreichbar (Netz oder Adresse).</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="67"/>
        <source>The hub is busy and asked to wait; the terminal tries again later.</source>
        <translation>Der Hub ist ausgelastet und bittet um Geduld; das Terminal versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="69"/>
        <source>The hub had a problem; the terminal tries again later.</source>
        <translation>Beim Hub ist ein Fehler aufgetreten; das Terminal versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="71"/>
        <source>The hub refused the request.</source>
        <translation>Der Hub hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="73"/>
        <source>The hub no longer accepts this terminal. Enrol it again with a new code.</source>
        <translation>Der Hub nimmt dieses Terminal nicht mehr an. Melden Sie es mit einem neuen Code erneut an.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="75"/>
        <source>This terminal&apos;s own database failed.</source>
        <translation>Die Datenbank dieses Terminals hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="77"/>
        <source>The code is unknown, used or expired, or a field is empty.</source>
        <translation>Der Code ist unbekannt, schon benutzt oder abgelaufen, oder ein Feld ist leer.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="79"/>
        <source>The hub address cannot be used.</source>
        <translation>Diese Hub-Adresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="115"/>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="146"/>
        <source>StadtRaumMonitor rating</source>
        <translation>StadtRaumMonitor-Bewertung</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="148"/>
        <source>Bochum-Fonds idea</source>
        <translation>Bochum-Fonds-Idee</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="175"/>
        <source>This terminal has no connection to a hub configured.</source>
        <translation>Für dieses Terminal ist keine Verbindung zu einem Hub eingerichtet.</translation>
    </message>
</context>
</TS>
