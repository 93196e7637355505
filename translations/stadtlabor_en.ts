<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminAboutSection</name>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="20"/>
        <source>Versions</source>
        <translation>Versions</translation>
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
        <translation>Device id</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="54"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="59"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="66"/>
        <source>Size (with its journal)</source>
        <translation>Size (with its journal)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="74"/>
        <source>Recent log lines</source>
        <translation>Recent log lines</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="78"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="87"/>
        <source>Nothing logged yet.</source>
        <translation>Nothing logged yet.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminAboutSection.qml" line="111"/>
        <source>Show more (%1 in all)</source>
        <translation>Show more (%1 in all)</translation>
    </message>
</context>
<context>
    <name>AdminDataSection</name>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="29"/>
        <source>Stored on this terminal</source>
        <translation>Stored on this terminal</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="34"/>
        <source>StadtRaumMonitor ratings</source>
        <translation>StadtRaumMonitor ratings</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="40"/>
        <source>Bochum-Fonds ideas</source>
        <translation>Bochum-Fonds ideas</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="46"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="52"/>
        <source>Acknowledged by the hub</source>
        <translation>Acknowledged by the hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="58"/>
        <source>Rejected by the hub</source>
        <translation>Rejected by the hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="64"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="75"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="79"/>
        <source>Writes all ratings and ideas as CSV (for spreadsheets) and JSON (for the hub) into a new folder. Contact data stays sealed: only the hub can open it.</source>
        <translation>Writes all ratings and ideas as CSV (for spreadsheets) and JSON (for the hub) into a new folder. Contact data stays sealed: only the hub can open it.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="94"/>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="110"/>
        <source>Insert a USB stick and tap “Look for USB sticks” to export onto it.</source>
        <translation>Insert a USB stick and tap “Look for USB sticks” to export onto it.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="124"/>
        <source>Exporting …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="124"/>
        <source>Export now</source>
        <translation>Export now</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="133"/>
        <source>Look for USB sticks</source>
        <translation>Look for USB sticks</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="155"/>
        <source>Delete acknowledged records</source>
        <translation>Delete acknowledged records</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="159"/>
        <source>Deletes from this terminal the ratings and ideas the hub confirmed more than the given number of days ago. Records still waiting or rejected by the hub are never deleted.</source>
        <translation>Deletes from this terminal the ratings and ideas the hub confirmed more than the given number of days ago. Records still waiting or rejected by the hub are never deleted.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="168"/>
        <source>Acknowledged more than this many days ago (0 to %1)</source>
        <translation>Acknowledged more than this many days ago (0 to %1)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="173"/>
        <source>Enter a whole number of days from 0 to %1.</source>
        <translation>Enter a whole number of days from 0 to %1.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="185"/>
        <source>Delete …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="196"/>
        <source>Delete %1 acknowledged records now? This cannot be undone.</source>
        <translation>Delete %1 acknowledged records now? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="211"/>
        <source>Delete now</source>
        <translation>Delete now</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDataSection.qml" line="221"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminDeviceSection</name>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="17"/>
        <source>This terminal</source>
        <translation>This terminal</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="30"/>
        <source>Area for the StadtRaumMonitor</source>
        <translation>Area for the StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="34"/>
        <source>Visitors start with this area chosen and can change it. A terminal that stands in one district should start there.</source>
        <translation>Visitors start with this area chosen and can change it. A terminal that stands in one district should start there.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="45"/>
        <source>No preset</source>
        <translation>No preset</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminDeviceSection.qml" line="57"/>
        <source>The whole city (%1)</source>
        <translation>The whole city (%1)</translation>
    </message>
</context>
<context>
    <name>AdminKioskSection</name>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="16"/>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="26"/>
        <source>Right now</source>
        <translation>Right now</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="27"/>
        <source>Kiosk mode is on</source>
        <translation>Kiosk mode is on</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="27"/>
        <source>Kiosk mode is off</source>
        <translation>Kiosk mode is off</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="31"/>
        <source>Run as the kiosk service, the application starts again three seconds after it quits; for maintenance stop the service (systemctl stop stadtlabor-kiosk).</source>
        <translation>Run as the kiosk service, the application starts again three seconds after it quits; for maintenance stop the service (systemctl stop stadtlabor-kiosk).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="43"/>
        <source>Leave kiosk mode until restart</source>
        <translation>Leave kiosk mode until restart</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="48"/>
        <source>Quit the application</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="67"/>
        <source>When a visitor walks away</source>
        <translation>When a visitor walks away</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="86"/>
        <source>What visitors can do</source>
        <translation>What visitors can do</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="96"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="100"/>
        <source>Languages on offer (tap to switch on or off):</source>
        <translation>Languages on offer (tap to switch on or off):</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="138"/>
        <source>Each visitor starts in:</source>
        <translation>Each visitor starts in:</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminKioskSection.qml" line="178"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="12"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="18"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="19"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="20"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="21"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="22"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="23"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="88"/>
        <source>Street survey</source>
        <translation>Street survey</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="97"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>AdminPinGate</name>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="35"/>
        <source>Enter the admin PIN</source>
        <translation>Enter the admin PIN</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="36"/>
        <source>Repeat the new PIN</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="36"/>
        <source>Choose an admin PIN</source>
        <translation>Choose an admin PIN</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="47"/>
        <source>This terminal has no admin PIN yet. Choose %1 to %2 digits; they protect its settings.</source>
        <translation>This terminal has no admin PIN yet. Choose %1 to %2 digits; they protect its settings.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="49"/>
        <source>The settings of this terminal are for the staff of the Stadtlabor.</source>
        <translation>The settings of this terminal are for the staff of the Stadtlabor.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminPinGate.qml" line="63"/>
        <source>Next</source>
        <translation>Next</translation>
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
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminSecuritySection</name>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="32"/>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="37"/>
        <source>Repeat the new PIN.</source>
        <translation>Repeat the new PIN.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="37"/>
        <source>Enter the new PIN (%1 to %2 digits).</source>
        <translation>Enter the new PIN (%1 to %2 digits).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="38"/>
        <source>The PIN is stored only as a salted PBKDF2 hash. Wrong entries make the next try wait longer each time.</source>
        <translation>The PIN is stored only as a salted PBKDF2 hash. Wrong entries make the next try wait longer each time.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="47"/>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="62"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="62"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="79"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="90"/>
        <source>Saving the PIN …</source>
        <translation>Saving the PIN …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="101"/>
        <source>Connection to the hub</source>
        <translation>Connection to the hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSecuritySection.qml" line="125"/>
        <source>How long data stays on this terminal</source>
        <translation>How long data stays on this terminal</translation>
    </message>
</context>
<context>
    <name>AdminSettingField</name>
    <message>
        <location filename="../qml/admin/AdminSettingField.qml" line="47"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSettingField.qml" line="50"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSettingField.qml" line="56"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>AdminSwitch</name>
    <message>
        <location filename="../qml/admin/AdminSwitch.qml" line="39"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSwitch.qml" line="45"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>AdminSyncSection</name>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="28"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="29"/>
        <source>Sending and fetching now</source>
        <translation>Sending and fetching now</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="33"/>
        <source>Not connected to a hub</source>
        <translation>Not connected to a hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="30"/>
        <source>The last attempt failed; the terminal tries again</source>
        <translation>The last attempt failed; the terminal tries again</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="31"/>
        <source>The hub no longer accepts this terminal: enrol it again</source>
        <translation>The hub no longer accepts this terminal: enrol it again</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="40"/>
        <source>Enrolled. The hub knows this terminal as %1.</source>
        <translation>Enrolled. The hub knows this terminal as %1.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="47"/>
        <source>Sync finished: %1 sent, %2 rejected.</source>
        <translation>Sync finished: %1 sent, %2 rejected.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="54"/>
        <source>Sync with the hub</source>
        <translation>Sync with the hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="59"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="65"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="71"/>
        <source>Device id at the hub</source>
        <translation>Device id at the hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="78"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="85"/>
        <source>Needs a newer hub</source>
        <translation>Needs a newer hub</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/admin/AdminSyncSection.qml" line="95"/>
        <source>%n item(s) need a newer hub: the hub does not take the format they were saved in. They stay on this terminal and are sent once the hub is updated; the others are sent meanwhile.</source>
        <translation>
            <numerusform>%n item needs a newer hub: the hub does not take the format it was saved in. It stays on this terminal and is sent once the hub is updated; the others are sent meanwhile.</numerusform>
            <numerusform>%n items need a newer hub: the hub does not take the format they were saved in. They stay on this terminal and are sent once the hub is updated; the others are sent meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="99"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="104"/>
        <source>Rejected by the hub</source>
        <translation>Rejected by the hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="110"/>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="111"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="116"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="117"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="122"/>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="123"/>
        <source>none scheduled</source>
        <translation>none scheduled</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="130"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="151"/>
        <source>Enrol with a hub</source>
        <translation>Enrol with a hub</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="155"/>
        <source>The hub&apos;s staff create a one-time enrolment code for this terminal (valid for 24 hours).</source>
        <translation>The hub&apos;s staff create a one-time enrolment code for this terminal (valid for 24 hours).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="181"/>
        <source>Name of this terminal</source>
        <translation>Name of this terminal</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="204"/>
        <source>This terminal was started without a connection to a hub.</source>
        <translation>This terminal was started without a connection to a hub.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="164"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="173"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="182"/>
        <source>e.g. Stadtlabor entrance</source>
        <translation>e.g. Stadtlabor entrance</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="193"/>
        <source>Enrolling …</source>
        <translation>Enrolling …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="193"/>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="215"/>
        <source>Rejected by the hub (%1)</source>
        <translation>Rejected by the hub (%1)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="220"/>
        <source>The hub has rejected nothing.</source>
        <translation>The hub has rejected nothing.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="252"/>
        <source>%1 from %2, rejected %3</source>
        <translation>%1 from %2, rejected %3</translation>
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
        <translation>What the Smart City Bochum is working on, and what people think of their city.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="112"/>
        <source>Projects of the city</source>
        <translation>Projects of the city</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="186"/>
        <source>How people rate life in %1</source>
        <translation>How people rate life in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/kiosk/AttractScreen.qml" line="200"/>
        <source>StadtRaumMonitor: the average of %n response(s), from %1 (%2) to %3 (%4)</source>
        <translation>
            <numerusform>StadtRaumMonitor: the average of %n response, from %1 (%2) to %3 (%4)</numerusform>
            <numerusform>StadtRaumMonitor: the average of %n responses, from %1 (%2) to %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="221"/>
        <source>Average for %1</source>
        <translation>Average for %1</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="222"/>
        <source>no ratings</source>
        <translation>no ratings</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="223"/>
        <source>No ratings: the line skips the theme</source>
        <translation>No ratings: the line skips the theme</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="238"/>
        <source>How is life in %1?</source>
        <translation>How is life in %1?</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="249"/>
        <source>Nobody has rated life in %1 yet.</source>
        <translation>Nobody has rated life in %1 yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/kiosk/AttractScreen.qml" line="250"/>
        <source>So far %n response(s) for %1.</source>
        <translation>
            <numerusform>So far %n response for %1.</numerusform>
            <numerusform>So far %n responses for %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="251"/>
        <source>The city&apos;s picture appears from %1 responses on.</source>
        <translation>The city&apos;s picture appears from %1 responses on.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="274"/>
        <source>Join in: rate your neighbourhood with the StadtRaumMonitor.</source>
        <translation>Join in: rate your neighbourhood with the StadtRaumMonitor.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/AttractScreen.qml" line="297"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
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
        <translation>Closed right now</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/ClosedScreen.qml" line="56"/>
        <source>Come back %1.</source>
        <translation>Come back %1.</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/ClosedScreen.qml" line="69"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
</context>
<context>
    <name>CountedTextArea</name>
    <message>
        <location filename="../qml/components/CountedTextArea.qml" line="57"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="17"/>
        <source>Name of this terminal</source>
        <translation>Name of this terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="18"/>
        <source>Where it stands, e.g. &quot;Stadtlabor entrance&quot;. The hub lists the terminal under the name given when it was enrolled.</source>
        <translation>Where it stands, e.g. &quot;Stadtlabor entrance&quot;. The hub lists the terminal under the name given when it was enrolled.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="21"/>
        <source>Preset area of the StadtRaumMonitor</source>
        <translation>Preset area of the StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="24"/>
        <source>Start in kiosk mode</source>
        <translation>Start in kiosk mode</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="25"/>
        <source>Full screen without a window frame; the window cannot be closed and no link opens a browser. The command line option --kiosk also starts it.</source>
        <translation>Full screen without a window frame; the window cannot be closed and no link opens a browser. The command line option --kiosk also starts it.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="28"/>
        <source>Hide the mouse pointer</source>
        <translation>Hide the mouse pointer</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="29"/>
        <source>For touch screens without a mouse.</source>
        <translation>For touch screens without a mouse.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="31"/>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="32"/>
        <source>Off for laptops with a keyboard.</source>
        <translation>Off for laptops with a keyboard.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="34"/>
        <source>Seconds without a touch before asking &quot;Are you still there?&quot;</source>
        <translation>Seconds without a touch before asking &quot;Are you still there?&quot;</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="36"/>
        <source>Seconds of the countdown before everything is cleared</source>
        <translation>Seconds of the countdown before everything is cleared</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="38"/>
        <source>Projects</source>
        <translation>Projects</translation>
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
        <translation>Languages on offer</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="47"/>
        <source>Language each visitor starts in</source>
        <translation>Language each visitor starts in</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="50"/>
        <source>When visitors can use the terminal</source>
        <translation>When visitors can use the terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="51"/>
        <source>For example: Mo-Fr 09:00-18:00; Sa 10:00-14:00. Empty: always. Outside these hours the terminal shows when it opens again and collects nothing.</source>
        <translation>For example: Mo-Fr 09:00-18:00; Sa 10:00-14:00. Empty: always. Outside these hours the terminal shows when it opens again and collects nothing.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="55"/>
        <source>Allow unencrypted http to other computers</source>
        <translation>Allow unencrypted http to other computers</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="56"/>
        <source>Only for a test network. Without it, plain http is used only for a hub on this computer.</source>
        <translation>Only for a test network. Without it, plain http is used only for a hub on this computer.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="59"/>
        <source>Pinned key of the hub (optional)</source>
        <translation>Pinned key of the hub (optional)</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="60"/>
        <source>The SHA-256 of the hub&apos;s public key, base64. When set, the terminal talks only to a hub with exactly this key.</source>
        <translation>The SHA-256 of the hub&apos;s public key, base64. When set, the terminal talks only to a hub with exactly this key.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="63"/>
        <source>Seconds between syncs</source>
        <translation>Seconds between syncs</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="65"/>
        <source>Days the sealed contact details stay after the hub has them</source>
        <translation>Days the sealed contact details stay after the hub has them</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="66"/>
        <source>0: deleted as soon as the hub has confirmed them.</source>
        <translation>0: deleted as soon as the hub has confirmed them.</translation>
    </message>
    <message>
        <location filename="../src/ui/settingsschema.cpp" line="68"/>
        <source>Days sent records stay after the hub has them</source>
        <translation>Days sent records stay after the hub has them</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="50"/>
        <source>Discard your answers?</source>
        <translation>Discard your answers?</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="59"/>
        <source>You have already answered some questions. If you leave now, your answers are deleted and not sent.</source>
        <translation>You have already answered some questions. If you leave now, your answers are deleted and not sent.</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="72"/>
        <source>Keep answering</source>
        <translation>Keep answering</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscardDialog.qml" line="77"/>
        <source>Discard answers</source>
        <translation>Discard answers</translation>
    </message>
</context>
<context>
    <name>FondsContactView</name>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="16"/>
        <source>Your contact data is encrypted on this terminal at once: only the fund&apos;s staff can read it, not the next visitor and not this terminal.</source>
        <translation>Your contact data is encrypted on this terminal at once: only the fund&apos;s staff can read it, not the next visitor and not this terminal.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="39"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="49"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="58"/>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsContactView.qml" line="85"/>
        <source>I agree that my contact data is processed as described above.</source>
        <translation>I agree that my contact data is processed as described above.</translation>
    </message>
</context>
<context>
    <name>FondsIdeaView</name>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="9"/>
        <source>Your idea</source>
        <translation>Your idea</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="34"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="37"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="44"/>
        <source>What do you want to do, and for whom?</source>
        <translation>What do you want to do, and for whom?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="52"/>
        <source>Where?</source>
        <translation>Where?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="52"/>
        <source>Where in %1?</source>
        <translation>Where in %1?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="62"/>
        <source>Citywide</source>
        <translation>Citywide</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="62"/>
        <source>All of %1</source>
        <translation>All of %1</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="70"/>
        <source>What kind of project?</source>
        <translation>What kind of project?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="86"/>
        <source>When do you want to start?</source>
        <translation>When do you want to start?</translation>
    </message>
</context>
<context>
    <name>FondsIntroView</name>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="15"/>
        <source>Your idea for your neighbourhood</source>
        <translation>Your idea for your neighbourhood</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="24"/>
        <source>The Bochum-Fonds supports small projects by citizens for the common good: up to %1 per project. You contribute at least %2 % of the cost yourself, as money, hours of work or things you provide.</source>
        <translation>The Bochum-Fonds supports small projects by citizens for the common good: up to %1 per project. You contribute at least %2 % of the cost yourself, as money, hours of work or things you provide.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="33"/>
        <source>Here you describe your idea in five short steps. We check it against the fund&apos;s rules as you go; the fund&apos;s staff then get in touch with you. It takes about ten minutes.</source>
        <translation>Here you describe your idea in five short steps. We check it against the fund&apos;s rules as you go; the fund&apos;s staff then get in touch with you. It takes about ten minutes.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIntroView.qml" line="52"/>
        <source>Describe my idea</source>
        <translation>Describe my idea</translation>
    </message>
</context>
<context>
    <name>FondsMessages</name>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="11"/>
        <source>The title can have at most %1 characters.</source>
        <translation>The title can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="12"/>
        <source>Please give your idea a title.</source>
        <translation>Please give your idea a title.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="14"/>
        <source>The description can have at most %1 characters.</source>
        <translation>The description can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="15"/>
        <source>Please describe your idea in a few sentences.</source>
        <translation>Please describe your idea in a few sentences.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="17"/>
        <source>Please choose where the project takes place.</source>
        <translation>Please choose where the project takes place.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="19"/>
        <source>Please choose what kind of project it is.</source>
        <translation>Please choose what kind of project it is.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="22"/>
        <source>The start cannot lie in the past.</source>
        <translation>The start cannot lie in the past.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/fondsmessages.cpp" line="24"/>
        <source>The start can be at most %n year(s) ahead.</source>
        <translation>
            <numerusform>The start can be at most %n year ahead.</numerusform>
            <numerusform>The start can be at most %n years ahead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="25"/>
        <source>Please choose when the project starts (month and year).</source>
        <translation>Please choose when the project starts (month and year).</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="29"/>
        <source>Please enter amounts as numbers, for example 1500 or 1.500,50.</source>
        <translation>Please enter amounts as numbers, for example 1500 or 1.500,50.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="32"/>
        <source>Please enter the total cost of the project.</source>
        <translation>Please enter the total cost of the project.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="34"/>
        <source>Amounts cannot be negative.</source>
        <translation>Amounts cannot be negative.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="36"/>
        <source>These amounts are far beyond what the fund can support. Please check them.</source>
        <translation>These amounts are far beyond what the fund can support. Please check them.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="38"/>
        <source>Your own contribution covers the whole cost: there is nothing to ask the fund for.</source>
        <translation>Your own contribution covers the whole cost: there is nothing to ask the fund for.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="42"/>
        <source>Please say who hands in the idea.</source>
        <translation>Please say who hands in the idea.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="44"/>
        <source>The name of the organisation can have at most %1 characters.</source>
        <translation>The name of the organisation can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="45"/>
        <source>Please enter the name of the association.</source>
        <translation>Please enter the name of the association.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="47"/>
        <source>The fund can only support an idea when all three statements apply. Please confirm them.</source>
        <translation>The fund can only support an idea when all three statements apply. Please confirm them.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="49"/>
        <source>The name can have at most %1 characters.</source>
        <translation>The name can have at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="50"/>
        <source>Please enter your name.</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="52"/>
        <source>This e-mail address does not look right (for example name@example.de).</source>
        <translation>This e-mail address does not look right (for example name@example.de).</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="54"/>
        <source>This phone number does not look right (for example 0234 123456).</source>
        <translation>This phone number does not look right (for example 0234 123456).</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="56"/>
        <source>Please give an e-mail address or a phone number, so that the fund&apos;s staff can reach you.</source>
        <translation>Please give an e-mail address or a phone number, so that the fund&apos;s staff can reach you.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="58"/>
        <source>Without your consent your idea cannot be stored.</source>
        <translation>Without your consent your idea cannot be stored.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondsmessages.cpp" line="59"/>
        <source>Please check this entry.</source>
        <translation>Please check this entry.</translation>
    </message>
</context>
<context>
    <name>FondsMoneyView</name>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="9"/>
        <source>Costs and your own contribution</source>
        <translation>Costs and your own contribution</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="62"/>
        <source>Total cost of the project (€)</source>
        <translation>Total cost of the project (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="73"/>
        <source>Your own money (€)</source>
        <translation>Your own money (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="82"/>
        <source>Hours of voluntary work</source>
        <translation>Hours of voluntary work</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="83"/>
        <source>Each hour counts %1.</source>
        <translation>Each hour counts %1.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="92"/>
        <source>Things you provide, their value (€)</source>
        <translation>Things you provide, their value (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="93"/>
        <source>For example materials, tools or rooms you do not pay for.</source>
        <translation>For example materials, tools or rooms you do not pay for.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="128"/>
        <source>Check against the fund&apos;s rules</source>
        <translation>Check against the fund&apos;s rules</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="138"/>
        <source>Enter the total cost to see what you can ask the fund for.</source>
        <translation>Enter the total cost to see what you can ask the fund for.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="144"/>
        <source>Your work, valued</source>
        <translation>Your work, valued</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="145"/>
        <source>Your own contribution</source>
        <translation>Your own contribution</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="146"/>
        <source>Share of the cost</source>
        <translation>Share of the cost</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="147"/>
        <source>You ask the fund for</source>
        <translation>You ask the fund for</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="154"/>
        <source>A small application (up to %1): it is decided continuously.</source>
        <translation>A small application (up to %1): it is decided continuously.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="155"/>
        <source>A large application (over %1): the jury decides two or three times a year.</source>
        <translation>A large application (over %1): the jury decides two or three times a year.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="165"/>
        <source>Your own contribution is %1 % of the cost; the fund asks for at least %2 %. You can still hand in your idea: the fund&apos;s staff will advise you how to close the gap.</source>
        <translation>Your own contribution is %1 % of the cost; the fund asks for at least %2 %. You can still hand in your idea: the fund&apos;s staff will advise you how to close the gap.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="176"/>
        <source>You ask for %1; the fund gives at most %2 per project. You can still hand in your idea: the fund&apos;s staff will advise you.</source>
        <translation>You ask for %1; the fund gives at most %2 per project. You can still hand in your idea: the fund&apos;s staff will advise you.</translation>
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
        <translation>Thank you, your idea has been handed in!</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="32"/>
        <source>Your receipt code:</source>
        <translation>Your receipt code:</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="49"/>
        <source>Please note the code or take a photo of it. With it, the fund&apos;s staff find your idea when you call or write.</source>
        <translation>Please note the code or take a photo of it. With it, the fund&apos;s staff find your idea when you call or write.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="51"/>
        <source>Your idea does not yet meet all of the fund&apos;s rules. The staff will get in touch to advise you.</source>
        <translation>Your idea does not yet meet all of the fund&apos;s rules. The staff will get in touch to advise you.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="53"/>
        <source>A small application: it is decided continuously, usually within a few weeks.</source>
        <translation>A small application: it is decided continuously, usually within a few weeks.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="54"/>
        <source>A large application: the jury decides at its next meeting; the staff will tell you when.</source>
        <translation>A large application: the jury decides at its next meeting; the staff will tell you when.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="63"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReceiptView.qml" line="87"/>
        <source>The Bochum-Fonds online: the rules and how it goes on</source>
        <translation>The Bochum-Fonds online: the rules and how it goes on</translation>
    </message>
</context>
<context>
    <name>FondsReviewView</name>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="9"/>
        <source>Check and hand in</source>
        <translation>Check and hand in</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="10"/>
        <source>Hand in idea</source>
        <translation>Hand in idea</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="58"/>
        <source>Your idea</source>
        <translation>Your idea</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="59"/>
        <source>Change idea</source>
        <translation>Change idea</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="61"/>
        <source>start %1</source>
        <translation>start %1</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="65"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="66"/>
        <source>Change costs</source>
        <translation>Change costs</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="68"/>
        <source>Total cost %1 · own contribution %2 (%3 %) · asked from the fund %4</source>
        <translation>Total cost %1 · own contribution %2 (%3 %) · asked from the fund %4</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="70"/>
        <source>Marked &quot;needs advice&quot;: the fund&apos;s staff will talk it through with you.</source>
        <translation>Marked &quot;needs advice&quot;: the fund&apos;s staff will talk it through with you.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="73"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="74"/>
        <source>Change applicant</source>
        <translation>Change applicant</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="76"/>
        <source>Private person</source>
        <translation>Private person</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="76"/>
        <source>Group or initiative</source>
        <translation>Group or initiative</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="76"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="77"/>
        <source>All three statements confirmed.</source>
        <translation>All three statements confirmed.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="80"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="81"/>
        <source>Change contact</source>
        <translation>Change contact</translation>
    </message>
</context>
<context>
    <name>FondsStepLayout</name>
    <message>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="13"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="56"/>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="72"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>FondsWhoView</name>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="9"/>
        <source>Who hands in the idea?</source>
        <translation>Who hands in the idea?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="12"/>
        <source>I, as a private person</source>
        <translation>I, as a private person</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="13"/>
        <source>A group or initiative</source>
        <translation>A group or initiative</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="14"/>
        <source>An association (e.V.)</source>
        <translation>An association (e.V.)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="42"/>
        <source>Name of the association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="42"/>
        <source>Name of the group (optional)</source>
        <translation>Name of the group (optional)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="43"/>
        <source>Treated like your contact data: sealed, only the fund&apos;s staff can read it.</source>
        <translation>Treated like your contact data: sealed, only the fund&apos;s staff can read it.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="53"/>
        <source>Please confirm:</source>
        <translation>Please confirm:</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="62"/>
        <source>I am of age and have full legal capacity.</source>
        <translation>I am of age and have full legal capacity.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="69"/>
        <source>We are not a public institution, political party or one of their organisations.</source>
        <translation>We are not a public institution, political party or one of their organisations.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="76"/>
        <source>The project is for the common good, not commercial, takes place in Bochum and outside the active urban-renewal areas.</source>
        <translation>The project is for the common good, not commercial, takes place in Bochum and outside the active urban-renewal areas.</translation>
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
        <translation>Welcome to the Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="59"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="80"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="81"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>What the city is planning and building for participation, and how far each project has come.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="82"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
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
        <translation>Rate the quality of life in your neighbourhood and see how it compares.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="94"/>
        <source>About 5 minutes, anonymous</source>
        <translation>About 5 minutes, anonymous</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="104"/>
        <source>Bochum-Fonds</source>
        <translation>Bochum-Fonds</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="105"/>
        <source>Hand in your idea for a project in your neighbourhood, checked against the fund&apos;s rules right away.</source>
        <translation>Hand in your idea for a project in your neighbourhood, checked against the fund&apos;s rules right away.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="106"/>
        <source>Up to %1 per project</source>
        <translation>Up to %1 per project</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/kiosk/IdleOverlay.qml" line="35"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/kiosk/IdleOverlay.qml" line="55"/>
        <source>In %n second(s) everything entered here is deleted and the terminal starts again for the next person.</source>
        <translation>
            <numerusform>In %n second everything entered here is deleted and the terminal starts again for the next person.</numerusform>
            <numerusform>In %n seconds everything entered here is deleted and the terminal starts again for the next person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/kiosk/IdleOverlay.qml" line="67"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/kiosk/IdleOverlay.qml" line="72"/>
        <source>End now</source>
        <translation>End now</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <location filename="../qml/components/KeyboardPanel.qml" line="97"/>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
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
        <translation>under 18</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="11"/>
        <source>18 to 29</source>
        <translation>18 to 29</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="12"/>
        <source>30 to 44</source>
        <translation>30 to 44</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="12"/>
        <source>45 to 64</source>
        <translation>45 to 64</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="13"/>
        <source>65 or older</source>
        <translation>65 or older</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="13"/>
        <source>I&apos;d rather not say my age</source>
        <translation>I&apos;d rather not say my age</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="16"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="16"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>I&apos;d rather not say my gender</source>
        <translation>I&apos;d rather not say my gender</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="20"/>
        <source>I live here</source>
        <translation>I live here</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="20"/>
        <source>I work here</source>
        <translation>I work here</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="21"/>
        <source>I study or go to school here</source>
        <translation>I study or go to school here</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="21"/>
        <source>I visit</source>
        <translation>I visit</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="44"/>
        <source>About you (optional)</source>
        <translation>About you (optional)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="53"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="59"/>
        <source>These answers help the city see whom it reaches. They are stored without your name.</source>
        <translation>These answers help the city see whom it reaches. They are stored without your name.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="78"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="93"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="107"/>
        <source>How are you connected to %1? (as many as apply)</source>
        <translation>How are you connected to %1? (as many as apply)</translation>
    </message>
</context>
<context>
    <name>MonitorAreaView</name>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="20"/>
        <source>Which part of %1?</source>
        <translation>Which part of %1?</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="21"/>
        <source>Which area do you want to rate?</source>
        <translation>Which area do you want to rate?</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="55"/>
        <source>The whole city (%1)</source>
        <translation>The whole city (%1)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="71"/>
        <source>All of %1</source>
        <translation>All of %1</translation>
    </message>
</context>
<context>
    <name>MonitorDoneView</name>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="18"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="26"/>
        <source>Your answers are saved on this terminal and sent to the city without your name. The city&apos;s planners use them, together with everyone else&apos;s, to see where life in Bochum&apos;s neighbourhoods needs to get better. The results are published on this terminal as soon as enough people have taken part.</source>
        <translation>Your answers are saved on this terminal and sent to the city without your name. The city&apos;s planners use them, together with everyone else&apos;s, to see where life in Bochum&apos;s neighbourhoods needs to get better. The results are published on this terminal as soon as enough people have taken part.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="35"/>
        <source>Done</source>
        <translation>Done</translation>
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
        <translation>How good is life in your neighbourhood?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorStartView.qml" line="24"/>
        <source>Rate an area of Bochum on %n theme(s), from paths and buses to green spaces and feeling safe. Afterwards you see your answers as a chart.</source>
        <translation>
            <numerusform>Rate an area of Bochum on %n theme, from paths and buses to green spaces and feeling safe. Afterwards you see your answers as a chart.</numerusform>
            <numerusform>Rate an area of Bochum on %n themes, from paths and buses to green spaces and feeling safe. Afterwards you see your answers as a chart.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="32"/>
        <source>It takes about five minutes. Your answers are anonymous: we do not ask for your name, and you can skip any question.</source>
        <translation>It takes about five minutes. Your answers are anonymous: we do not ask for your name, and you can skip any question.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="52"/>
        <source>Start rating</source>
        <translation>Start rating</translation>
    </message>
</context>
<context>
    <name>MonitorSummaryView</name>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="53"/>
        <source>Your rating of %1</source>
        <translation>Your rating of %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="72"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Centre: %1 · edge: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="71"/>
        <source>Average for %1 (%n response(s))</source>
        <translation>
            <numerusform>Average for %1 (%n response)</numerusform>
            <numerusform>Average for %1 (%n responses)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="73"/>
        <source>You did not rate any theme, so there is nothing to draw.</source>
        <translation>You did not rate any theme, so there is nothing to draw.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="114"/>
        <source>There are no responses for %1 yet.</source>
        <translation>There are no responses for %1 yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="115"/>
        <source>So far %n response(s) for %1.</source>
        <translation>
            <numerusform>So far %n response for %1.</numerusform>
            <numerusform>So far %n responses for %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="117"/>
        <source>The comparison with everyone else&apos;s answers appears from %1 responses on.</source>
        <translation>The comparison with everyone else&apos;s answers appears from %1 responses on.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="118"/>
        <source>The comparison appears for each theme once %1 people have rated it.</source>
        <translation>The comparison appears for each theme once %1 people have rated it.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="119"/>
        <source>Themes rated by fewer than %1 people have no average yet.</source>
        <translation>Themes rated by fewer than %1 people have no average yet.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="137"/>
        <source>Strongest</source>
        <translation>Strongest</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="146"/>
        <source>Most room for improvement</source>
        <translation>Most room for improvement</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="163"/>
        <source>You did not rate any theme. You can still send your answers, or change one.</source>
        <translation>You did not rate any theme. You can still send your answers, or change one.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="170"/>
        <source>Change an answer</source>
        <translation>Change an answer</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="210"/>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="217"/>
        <source>Send answers</source>
        <translation>Send answers</translation>
    </message>
</context>
<context>
    <name>MonitorThemeView</name>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="64"/>
        <source>Think about:</source>
        <translation>Think about:</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="135"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="145"/>
        <source>Nothing chosen yet: if you go on, this theme is saved as “no answer”.</source>
        <translation>Nothing chosen yet: if you go on, this theme is saved as “no answer”.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="165"/>
        <source>What is good here? (optional)</source>
        <translation>What is good here? (optional)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="176"/>
        <source>What could be better? (optional)</source>
        <translation>What could be better? (optional)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="195"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="196"/>
        <source>Go on without a rating</source>
        <translation>Go on without a rating</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="198"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="198"/>
        <source>Next</source>
        <translation>Next</translation>
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
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/PinPad.qml" line="77"/>
        <source>Enter the PIN</source>
        <translation>Enter the PIN</translation>
    </message>
    <message>
        <location filename="../qml/components/PinPad.qml" line="121"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <location filename="../qml/components/ProjectCard.qml" line="80"/>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="15"/>
        <source>Project not found</source>
        <translation>Project not found</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="64"/>
        <source>This project is no longer in the catalogue.</source>
        <translation>This project is no longer in the catalogue.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="89"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="115"/>
        <source>Rate your neighbourhood now</source>
        <translation>Rate your neighbourhood now</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="116"/>
        <source>Hand in your idea now</source>
        <translation>Hand in your idea now</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="136"/>
        <source>Last updated: %1</source>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="167"/>
        <source>Scan to read more on your phone</source>
        <translation>Scan to read more on your phone</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="11"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="39"/>
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="55"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="77"/>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="87"/>
        <source>Recommended</source>
        <translation>Recommended</translation>
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
        <translation>Recently updated</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="127"/>
        <source>No project matches your choice.</source>
        <translation>No project matches your choice.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="138"/>
        <source>Show all projects</source>
        <translation>Show all projects</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="35"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>SpiderChart</name>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="26"/>
        <source>Your answers</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="27"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="28"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="29"/>
        <source>No answer: the line skips the theme</source>
        <translation>No answer: the line skips the theme</translation>
    </message>
    <message>
        <location filename="../qml/components/SpiderChart.qml" line="31"/>
        <source>There is nothing to draw yet: no theme has a rating.</source>
        <translation>There is nothing to draw yet: no theme has a rating.</translation>
    </message>
</context>
<context>
    <name>StaffAreaGrid</name>
    <message>
        <location filename="../qml/staff/StaffAreaGrid.qml" line="21"/>
        <source>All Stadtbezirke</source>
        <translation>All Stadtbezirke</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffAreaGrid.qml" line="42"/>
        <source>The whole city (%1)</source>
        <translation>The whole city (%1)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffAreaGrid.qml" line="56"/>
        <source>All of %1</source>
        <translation>All of %1</translation>
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
        <translation>Group %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="34"/>
        <source>Area %1</source>
        <translation>Area %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/staff/StaffLoopView.qml" line="35"/>
        <source>%n response(s) this session</source>
        <translation>
            <numerusform>%n response this session</numerusform>
            <numerusform>%n responses this session</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="63"/>
        <source>End and discard these answers</source>
        <translation>End and discard these answers</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="63"/>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffLoopView.qml" line="48"/>
        <source>Saved (%1). Next respondent, please.</source>
        <translation>Saved (%1). Next respondent, please.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/pages/StaffPage.qml" line="13"/>
        <source>Street survey</source>
        <translation>Street survey</translation>
    </message>
</context>
<context>
    <name>StaffSetupView</name>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="53"/>
        <source>New street survey session</source>
        <translation>New street survey session</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="62"/>
        <source>Each respondent&apos;s answers are saved on this device with these IDs, and sent to the hub whenever it can be reached.</source>
        <translation>Each respondent&apos;s answers are saved on this device with these IDs, and sent to the hub whenever it can be reached.</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="72"/>
        <source>Interviewer ID</source>
        <translation>Interviewer ID</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="75"/>
        <source>Letters, digits, - _ and . (up to %1 characters)</source>
        <translation>Letters, digits, - _ and . (up to %1 characters)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="85"/>
        <source>Group ID (optional)</source>
        <translation>Group ID (optional)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="88"/>
        <source>Only for a moderated group session.</source>
        <translation>Only for a moderated group session.</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="101"/>
        <source>Which part of %1?</source>
        <translation>Which part of %1?</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="102"/>
        <source>Area of this session</source>
        <translation>Area of this session</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="140"/>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="140"/>
        <source>No area chosen yet</source>
        <translation>No area chosen yet</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSetupView.qml" line="153"/>
        <source>Start session</source>
        <translation>Start session</translation>
    </message>
</context>
<context>
    <name>StaffSummaryView</name>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="34"/>
        <source>Session average for %1 (n = %2)</source>
        <translation>Session average for %1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="50"/>
        <source>Session average</source>
        <translation>Session average</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="51"/>
        <source>no ratings</source>
        <translation>no ratings</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="52"/>
        <source>No ratings: the line skips the theme</source>
        <translation>No ratings: the line skips the theme</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="53"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Centre: %1 · edge: %2</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="54"/>
        <source>Nobody in this session has rated a theme yet, so there is nothing to draw.</source>
        <translation>Nobody in this session has rated a theme yet, so there is nothing to draw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/staff/StaffSummaryView.qml" line="71"/>
        <source>%n response(s) in this session</source>
        <translation>
            <numerusform>%n response in this session</numerusform>
            <numerusform>%n responses in this session</numerusform>
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
        <translation>Group %1</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="109"/>
        <source>Mean per theme (n = number of ratings)</source>
        <translation>Mean per theme (n = number of ratings)</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="155"/>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../qml/staff/StaffSummaryView.qml" line="161"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>StepFooter</name>
    <message>
        <location filename="../qml/components/StepFooter.qml" line="10"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/components/StepFooter.qml" line="12"/>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="18"/>
        <source>All sent</source>
        <translation>All sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="19"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="20"/>
        <source>Offline, %n waiting to be sent</source>
        <translation>
            <numerusform>Offline, %n waiting to be sent</numerusform>
            <numerusform>Offline, %n waiting to be sent</numerusform>
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
        <translation>Sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/SyncIndicator.qml" line="28"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="31"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="38"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>stadtlabor::AdminController</name>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="59"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>A PIN has %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="61"/>
        <source>The two entries are not the same. Please enter the new PIN again.</source>
        <translation>The two entries are not the same. Please enter the new PIN again.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="63"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="65"/>
        <source>Too many wrong PINs. Please wait until the next try is possible.</source>
        <translation>Too many wrong PINs. Please wait until the next try is possible.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="67"/>
        <source>The PIN is set.</source>
        <translation>The PIN is set.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="69"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>The PIN could not be saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="71"/>
        <source>Unlock with the current PIN first.</source>
        <translation>Unlock with the current PIN first.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="73"/>
        <source>Locked after two minutes without use.</source>
        <translation>Locked after two minutes without use.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::CollectionGate</name>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="59"/>
        <source>This terminal is not set up yet: an administrator must first choose its PIN. Nothing was saved.</source>
        <translation>This terminal is not set up yet: an administrator must first choose its PIN. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="61"/>
        <source>Touch the screen to start. Nothing was saved.</source>
        <translation>Touch the screen to start. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="63"/>
        <source>The terminal is closed now. Nothing was saved.</source>
        <translation>The terminal is closed now. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../src/ui/collectiongate.cpp" line="65"/>
        <source>This part is switched off on this terminal. Nothing was saved.</source>
        <translation>This part is switched off on this terminal. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::DataController</name>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="100"/>
        <source>Exported %1 StadtRaumMonitor ratings and %2 Bochum-Fonds ideas to %3.</source>
        <translation>Exported %1 StadtRaumMonitor ratings and %2 Bochum-Fonds ideas to %3.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="103"/>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="105"/>
        <source>Nothing was exported: the folder %1 does not exist (was the USB stick removed?).</source>
        <translation>Nothing was exported: the folder %1 does not exist (was the USB stick removed?).</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="107"/>
        <source>Nothing was exported: %1 is a file, not a folder.</source>
        <translation>Nothing was exported: %1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="109"/>
        <source>Nothing was exported: nothing can be written to the folder %1 (read-only?).</source>
        <translation>Nothing was exported: nothing can be written to the folder %1 (read-only?).</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="111"/>
        <source>The export failed while writing (is the medium full or was it removed?); nothing was left behind. (%1)</source>
        <translation>The export failed while writing (is the medium full or was it removed?); nothing was left behind. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="114"/>
        <source>The export failed: this terminal&apos;s database could not be read. (%1)</source>
        <translation>The export failed: this terminal&apos;s database could not be read. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="116"/>
        <source>Deleted: %1 records the hub had acknowledged.</source>
        <translation>Deleted: %1 records the hub had acknowledged.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="118"/>
        <source>Nothing was deleted: enter a whole number of days from 0 to %1.</source>
        <translation>Nothing was deleted: enter a whole number of days from 0 to %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="120"/>
        <source>Nothing was deleted: this terminal&apos;s database failed. (%1)</source>
        <translation>Nothing was deleted: this terminal&apos;s database failed. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="279"/>
        <source>Documents folder of this terminal</source>
        <translation>Documents folder of this terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/datacontroller.cpp" line="298"/>
        <source>Removable medium “%1”</source>
        <translation>Removable medium “%1”</translation>
    </message>
</context>
<context>
    <name>stadtlabor::DeviceSettings</name>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="104"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="95"/>
        <source>Either on or off.</source>
        <translation>Either on or off.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="110"/>
        <source>The terminal needs a name, e.g. where it stands.</source>
        <translation>The terminal needs a name, e.g. where it stands.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="112"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="115"/>
        <source>Letters, digits, spaces and punctuation only.</source>
        <translation>Letters, digits, spaces and punctuation only.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="122"/>
        <source>The catalogue has no area &quot;%1&quot;.</source>
        <translation>The catalogue has no area &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="131"/>
        <source>At least one module stays on; otherwise the terminal has nothing to offer.</source>
        <translation>At least one module stays on; otherwise the terminal has nothing to offer.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="136"/>
        <source>Offer at least one language.</source>
        <translation>Offer at least one language.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="139"/>
        <source>&quot;%1&quot; is not a language of this terminal; it has %2.</source>
        <translation>&quot;%1&quot; is not a language of this terminal; it has %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="143"/>
        <source>Each language once.</source>
        <translation>Each language once.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="145"/>
        <source>The default language (%1) must stay on offer; choose another default first.</source>
        <translation>The default language (%1) must stay on offer; choose another default first.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="150"/>
        <source>The default language must be one of the languages on offer (%1).</source>
        <translation>The default language must be one of the languages on offer (%1).</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="159"/>
        <source>The SHA-256 of the hub&apos;s public key in base64 (44 characters), or empty for no pin.</source>
        <translation>The SHA-256 of the hub&apos;s public key in base64 (44 characters), or empty for no pin.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="94"/>
        <location filename="../src/ui/devicesettings.cpp" line="161"/>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>There is no setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/ui/devicesettings.cpp" line="176"/>
        <source>The setting could not be saved. Please try again.</source>
        <translation>The setting could not be saved. Please try again.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::FondsController</name>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="462"/>
        <source>The Bochum-Fonds cannot take ideas on this terminal at the moment.</source>
        <translation>The Bochum-Fonds cannot take ideas on this terminal at the moment.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="595"/>
        <source>Your idea could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Your idea could not be saved. Please try again or ask the staff. (%1)</translation>
    </message>
</context>
<context>
    <name>stadtlabor::KioskSession</name>
    <message>
        <location filename="../src/ui/kiosksession.cpp" line="254"/>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../src/ui/kiosksession.cpp" line="256"/>
        <source>tomorrow at %1</source>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <location filename="../src/ui/kiosksession.cpp" line="257"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>stadtlabor::MonitorController</name>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="251"/>
        <source>The StadtRaumMonitor has no themes in this catalogue.</source>
        <translation>The StadtRaumMonitor has no themes in this catalogue.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="435"/>
        <source>Your answers could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Your answers could not be saved. Please try again or ask the staff. (%1)</translation>
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
        <translation>Equally rated (%1 each): %2</translation>
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
        <translation>You rated one theme only, so none stands out as the strongest or the weakest.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="568"/>
        <source>You gave every theme you rated the same rating (%1), so none stands out as the strongest or the weakest.</source>
        <translation>You gave every theme you rated the same rating (%1), so none stands out as the strongest or the weakest.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::OpeningHours</name>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="56"/>
        <source>&quot;%1&quot;: give days and times, e.g. Mo-Fr 09:00-18:00</source>
        <translation>&quot;%1&quot;: give days and times, e.g. Mo-Fr 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="66"/>
        <source>&quot;%1&quot; is not a day; use Mo, Di, Mi, Do, Fr, Sa, So (or Tu, We, Th, Su)</source>
        <translation>&quot;%1&quot; is not a day; use Mo, Di, Mi, Do, Fr, Sa, So (or Tu, We, Th, Su)</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="82"/>
        <source>&quot;%1&quot; is not a time range; use HH:MM-HH:MM, e.g. 09:00-18:00</source>
        <translation>&quot;%1&quot; is not a time range; use HH:MM-HH:MM, e.g. 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="86"/>
        <source>&quot;%1&quot;: the closing time must come after the opening time</source>
        <translation>&quot;%1&quot;: the closing time must come after the opening time</translation>
    </message>
    <message>
        <location filename="../src/ui/openinghours.cpp" line="94"/>
        <source>No opening times found; leave the field empty for always open</source>
        <translation>No opening times found; leave the field empty for always open</translation>
    </message>
</context>
<context>
    <name>stadtlabor::StaffController</name>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="91"/>
        <source>Enter your interviewer ID.</source>
        <translation>Enter your interviewer ID.</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="93"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="96"/>
        <source>Only letters, digits and the characters - _ . are allowed (no spaces).</source>
        <translation>Only letters, digits and the characters - _ . are allowed (no spaces).</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="114"/>
        <source>Choose the area of this session.</source>
        <translation>Choose the area of this session.</translation>
    </message>
    <message>
        <location filename="../src/ui/staffcontroller.cpp" line="116"/>
        <source>This area is not in the catalogue.</source>
        <translation>This area is not in the catalogue.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::SyncController</name>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="65"/>
        <source>The hub cannot be reached (network or address).</source>
        <translation>The hub cannot be reached (network or address).</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="67"/>
        <source>The hub is busy and asked to wait; the terminal tries again later.</source>
        <translation>The hub is busy and asked to wait; the terminal tries again later.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="69"/>
        <source>The hub had a problem; the terminal tries again later.</source>
        <translation>The hub had a problem; the terminal tries again later.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="71"/>
        <source>The hub refused the request.</source>
        <translation>The hub refused the request.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="73"/>
        <source>The hub no longer accepts this terminal. Enrol it again with a new code.</source>
        <translation>The hub no longer accepts this terminal. Enrol it again with a new code.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="75"/>
        <source>This terminal&apos;s own database failed.</source>
        <translation>This terminal&apos;s own database failed.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="77"/>
        <source>The code is unknown, used or expired, or a field is empty.</source>
        <translation>The code is unknown, used or expired, or a field is empty.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="79"/>
        <source>The hub address cannot be used.</source>
        <translation>The hub address cannot be used.</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="115"/>
        <source>today, %1</source>
        <translation>today, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="146"/>
        <source>StadtRaumMonitor rating</source>
        <translation>StadtRaumMonitor rating</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="148"/>
        <source>Bochum-Fonds idea</source>
        <translation>Bochum-Fonds idea</translation>
    </message>
    <message>
        <location filename="../src/ui/synccontroller.cpp" line="175"/>
        <source>This terminal has no connection to a hub configured.</source>
        <translation>This terminal has no connection to a hub configured.</translation>
    </message>
</context>
</TS>
