<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="11"/>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="51"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="62"/>
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
        <location filename="../qml/admin/AdminSyncSection.qml" line="83"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="88"/>
        <source>Rejected by the hub</source>
        <translation>Vom Hub abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="94"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="95"/>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="100"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="101"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="106"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="107"/>
        <source>none scheduled</source>
        <translation>keiner geplant</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="114"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="135"/>
        <source>Enrol with a hub</source>
        <translation>Beim Hub anmelden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="139"/>
        <source>The hub&apos;s staff create a one-time enrolment code for this terminal (valid for 24 hours).</source>
        <translation>Das Team des Hubs erstellt einen einmaligen Anmeldecode für dieses Terminal (24 Stunden gültig).</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="165"/>
        <source>Name of this terminal</source>
        <translation>Name dieses Terminals</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="188"/>
        <source>This terminal was started without a connection to a hub.</source>
        <translation>Dieses Terminal wurde ohne Verbindung zu einem Hub gestartet.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="148"/>
        <source>Hub address</source>
        <translation>Adresse des Hubs</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="157"/>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="166"/>
        <source>e.g. Stadtlabor entrance</source>
        <translation>z. B. Stadtlabor Eingang</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="177"/>
        <source>Enrolling …</source>
        <translation>Meldet an …</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="177"/>
        <source>Enrol</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="199"/>
        <source>Rejected by the hub (%1)</source>
        <translation>Vom Hub abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="204"/>
        <source>The hub has rejected nothing.</source>
        <translation>Der Hub hat nichts abgelehnt.</translation>
    </message>
    <message>
        <location filename="../qml/admin/AdminSyncSection.qml" line="236"/>
        <source>%1 from %2, rejected %3</source>
        <translation>%1 vom %2, abgelehnt am %3</translation>
    </message>
</context>
<context>
    <name>CountedTextArea</name>
    <message>
        <location filename="../qml/components/CountedTextArea.qml" line="55"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
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
        <location filename="../qml/fonds/FondsIdeaView.qml" line="63"/>
        <source>Citywide</source>
        <translation>Stadtweit</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="63"/>
        <source>All of %1</source>
        <translation>Ganz %1</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="71"/>
        <source>What kind of project?</source>
        <translation>Was für ein Projekt?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsIdeaView.qml" line="88"/>
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
        <source>Start</source>
        <translation>Start</translation>
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
        <location filename="../qml/fonds/FondsMoneyView.qml" line="60"/>
        <source>Total cost of the project (€)</source>
        <translation>Gesamtkosten des Projekts (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="69"/>
        <source>Your own money (€)</source>
        <translation>Ihr eigenes Geld (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="77"/>
        <source>Hours of voluntary work</source>
        <translation>Stunden ehrenamtlicher Arbeit</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="78"/>
        <source>Each hour counts %1.</source>
        <translation>Jede Stunde zählt %1.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="86"/>
        <source>Things you provide, their value (€)</source>
        <translation>Sachleistungen, ihr Wert (€)</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="87"/>
        <source>For example materials, tools or rooms you do not pay for.</source>
        <translation>Zum Beispiel Material, Werkzeug oder Räume, die Sie nicht bezahlen müssen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="116"/>
        <source>Check against the fund&apos;s rules</source>
        <translation>Prüfung nach den Regeln des Fonds</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="126"/>
        <source>Enter the total cost to see what you can ask the fund for.</source>
        <translation>Geben Sie die Gesamtkosten ein, um zu sehen, was Sie beim Fonds beantragen können.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="132"/>
        <source>Your work, valued</source>
        <translation>Ihre Arbeit, bewertet</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="133"/>
        <source>Your own contribution</source>
        <translation>Ihre Eigenleistung</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="134"/>
        <source>Share of the cost</source>
        <translation>Anteil an den Kosten</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="135"/>
        <source>You ask the fund for</source>
        <translation>Beim Fonds beantragt</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="142"/>
        <source>A small application (up to %1): it is decided continuously.</source>
        <translation>Ein kleiner Antrag (bis %1): Er wird laufend entschieden.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="143"/>
        <source>A large application (over %1): the jury decides two or three times a year.</source>
        <translation>Ein großer Antrag (über %1): Die Jury entscheidet zwei- bis dreimal im Jahr.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="153"/>
        <source>Your own contribution is %1 % of the cost; the fund asks for at least %2 %. You can still hand in your idea: the fund&apos;s staff will advise you how to close the gap.</source>
        <translation>Ihre Eigenleistung beträgt %1 % der Kosten; der Fonds verlangt mindestens %2 %. Sie können Ihre Idee trotzdem einreichen: Das Team des Fonds berät Sie, wie sich die Lücke schließen lässt.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsMoneyView.qml" line="164"/>
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
        <location filename="../qml/fonds/FondsReviewView.qml" line="40"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="59"/>
        <source>Your idea</source>
        <translation>Ihre Idee</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="61"/>
        <source>start %1/%2</source>
        <translation>Beginn %1/%2</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="65"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="67"/>
        <source>Total cost %1 · own contribution %2 (%3 %) · asked from the fund %4</source>
        <translation>Gesamtkosten %1 · Eigenleistung %2 (%3 %) · beim Fonds beantragt %4</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="69"/>
        <source>Marked &quot;needs advice&quot;: the fund&apos;s staff will talk it through with you.</source>
        <translation>Markiert als „Beratung nötig“: Das Team des Fonds bespricht es mit Ihnen.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="72"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="74"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="74"/>
        <source>Group or initiative</source>
        <translation>Gruppe oder Initiative</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="74"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="75"/>
        <source>All three statements confirmed.</source>
        <translation>Alle drei Erklärungen bestätigt.</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsReviewView.qml" line="78"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
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
        <location filename="../qml/fonds/FondsStepLayout.qml" line="36"/>
        <location filename="../qml/fonds/FondsStepLayout.qml" line="52"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>FondsWhoView</name>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="8"/>
        <source>Who hands in the idea?</source>
        <translation>Wer reicht die Idee ein?</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="11"/>
        <source>I, as a private person</source>
        <translation>Ich, als Privatperson</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="12"/>
        <source>A group or initiative</source>
        <translation>Eine Gruppe oder Initiative</translation>
    </message>
    <message>
        <location filename="../qml/fonds/FondsWhoView.qml" line="13"/>
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
        <location filename="../qml/pages/HomePage.qml" line="30"/>
        <source>Welcome to the Stadtlabor</source>
        <translation>Willkommen im Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="39"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>Erfahren Sie, woran die Smart City Bochum arbeitet, und reden Sie mit. Tippen Sie auf eine Kachel, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="56"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="57"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>Was die Stadt für mehr Beteiligung plant und baut, und wie weit jedes Projekt ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="58"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="66"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="67"/>
        <source>Rate the quality of life in your neighbourhood and see how it compares.</source>
        <translation>Bewerten Sie die Lebensqualität in Ihrem Viertel und sehen Sie den Vergleich.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="68"/>
        <source>About 5 minutes, anonymous</source>
        <translation>Etwa 5 Minuten, anonym</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="76"/>
        <source>Bochum-Fonds</source>
        <translation>Bochum-Fonds</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="77"/>
        <source>Hand in your idea for a project in your neighbourhood, checked against the fund&apos;s rules right away.</source>
        <translation>Reichen Sie Ihre Idee für ein Projekt in Ihrem Viertel ein, gleich geprüft nach den Regeln des Fonds.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="78"/>
        <source>Up to %1 per project</source>
        <translation>Bis zu %1 pro Projekt</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
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
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>I&apos;d rather not say</source>
        <translation>Keine Angabe</translation>
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
        <location filename="../qml/monitor/MonitorAboutView.qml" line="108"/>
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
        <location filename="../qml/monitor/MonitorAreaView.qml" line="54"/>
        <source>The whole city (%1)</source>
        <translation>Die ganze Stadt (%1)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="70"/>
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
        <source>Back to the start</source>
        <translation>Zurück zum Start</translation>
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
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>MonitorSummaryView</name>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="47"/>
        <source>Your rating of %1</source>
        <translation>Ihre Bewertung von %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="75"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="81"/>
        <source>Average for %1</source>
        <translation>Durchschnitt für %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="84"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Mitte: %1 · Rand: %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="121"/>
        <source>The comparison with everyone else&apos;s answers for %1 appears here as soon as there are results for it.</source>
        <translation>Der Vergleich mit den Antworten aller anderen für %1 erscheint hier, sobald es Ergebnisse gibt.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="127"/>
        <source>Strongest</source>
        <translation>Am besten bewertet</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="129"/>
        <source>Most room for improvement</source>
        <translation>Am meisten Verbesserungsbedarf</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="134"/>
        <source>You did not rate any theme. You can still send your answers, or change one.</source>
        <translation>Sie haben kein Thema bewertet. Sie können Ihre Antworten trotzdem absenden oder eine Antwort ändern.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="141"/>
        <source>Change an answer</source>
        <translation>Eine Antwort ändern</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="174"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="181"/>
        <source>Send answers</source>
        <translation>Antworten absenden</translation>
    </message>
</context>
<context>
    <name>MonitorThemeView</name>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="59"/>
        <source>Think about:</source>
        <translation>Denken Sie zum Beispiel an:</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="128"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="143"/>
        <source>What is good here? (optional)</source>
        <translation>Was ist hier gut? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="153"/>
        <source>What could be better? (optional)</source>
        <translation>Was könnte besser sein? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="172"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="174"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="174"/>
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
        <location filename="../qml/components/PinPad.qml" line="116"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <location filename="../qml/components/ProjectCard.qml" line="78"/>
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
        <location filename="../qml/pages/ProjectDetailPage.qml" line="57"/>
        <source>This project is no longer in the catalogue.</source>
        <translation>Dieses Projekt steht nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="82"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="120"/>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="151"/>
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
        <location filename="../qml/pages/ProjectsPage.qml" line="37"/>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="55"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="71"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="79"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="80"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="82"/>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="147"/>
        <source>No project matches your choice.</source>
        <translation>Kein Projekt passt zu Ihrer Auswahl.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="158"/>
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
    <name>StepFooter</name>
    <message>
        <location filename="../qml/components/StepFooter.qml" line="10"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/components/StepFooter.qml" line="21"/>
        <source>Back</source>
        <translation>Zurück</translation>
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
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>stadtlabor::AdminController</name>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="81"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="83"/>
        <source>The two entries are not the same. Please enter the new PIN again.</source>
        <translation>Die beiden Eingaben stimmen nicht überein. Bitte geben Sie die neue PIN noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="85"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="87"/>
        <source>Too many wrong PINs. Please wait until the next try is possible.</source>
        <translation>Zu viele falsche PINs. Bitte warten Sie, bis der nächste Versuch möglich ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="89"/>
        <source>The PIN is set.</source>
        <translation>Die PIN ist festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="91"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>Die PIN konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="93"/>
        <source>Unlock with the current PIN first.</source>
        <translation>Bitte zuerst mit der aktuellen PIN entsperren.</translation>
    </message>
    <message>
        <location filename="../src/ui/admincontroller.cpp" line="95"/>
        <source>Locked after two minutes without use.</source>
        <translation>Nach zwei Minuten ohne Bedienung gesperrt.</translation>
    </message>
</context>
<context>
    <name>stadtlabor::FondsController</name>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="453"/>
        <source>The Bochum-Fonds cannot take ideas on this terminal at the moment.</source>
        <translation>Der Bochum-Fonds kann an diesem Terminal gerade keine Ideen annehmen.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="580"/>
        <source>Your idea could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Ihre Idee konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sprechen Sie das Personal an. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="624"/>
        <source>Benches and shade for the Grumme playground</source>
        <translation>Bänke und Schatten für den Spielplatz in Grumme</translation>
    </message>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="625"/>
        <source>Parents wait at the playground on Vierhausstraße without a place to sit. We want to build three wooden benches with a pergola, planted with climbing roses, together with the neighbours.</source>
        <translation>Eltern warten am Spielplatz an der Vierhausstraße ohne Sitzplatz. Wir wollen gemeinsam mit der Nachbarschaft drei Holzbänke mit einer Pergola bauen und mit Kletterrosen bepflanzen.</translation>
    </message>
    <message>
        <location filename="../src/ui/fondscontroller.cpp" line="651"/>
        <source>Neighbours of Vierhausstraße</source>
        <translation>Nachbarschaft Vierhausstraße</translation>
    </message>
</context>
<context>
    <name>stadtlabor::MonitorController</name>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="257"/>
        <source>The StadtRaumMonitor has no themes in this catalogue.</source>
        <translation>Der StadtRaumMonitor hat in diesem Katalog keine Themen.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="417"/>
        <source>Your answers could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sprechen Sie das Personal an. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="549"/>
        <source>Wide pavements along the main street.</source>
        <translation>Breite Gehwege entlang der Hauptstraße.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="550"/>
        <source>The cycle lane ends suddenly at the crossing.</source>
        <translation>Der Radweg endet plötzlich an der Kreuzung.</translation>
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
