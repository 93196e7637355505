<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CountedTextArea</name>
    <message>
        <location filename="../qml/components/CountedTextArea.qml" line="55"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
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
        <location filename="../qml/pages/HomePage.qml" line="29"/>
        <source>Welcome to the Stadtlabor</source>
        <translation>Welcome to the Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="38"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="55"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="56"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>What the city is planning and building for participation, and how far each project has come.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="57"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="66"/>
        <source>Rate the quality of life in your neighbourhood and see how it compares.</source>
        <translation>Rate the quality of life in your neighbourhood and see how it compares.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="67"/>
        <source>About 5 minutes, anonymous</source>
        <translation>About 5 minutes, anonymous</translation>
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
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>I&apos;d rather not say</source>
        <translation>I'd rather not say</translation>
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
        <location filename="../qml/monitor/MonitorAboutView.qml" line="108"/>
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
        <location filename="../qml/monitor/MonitorAreaView.qml" line="53"/>
        <source>The whole city (%1)</source>
        <translation>The whole city (%1)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="68"/>
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
        <translation>Your answers are saved on this terminal and sent to the city without your name. The city's planners use them, together with everyone else's, to see where life in Bochum's neighbourhoods needs to get better. The results are published on this terminal as soon as enough people have taken part.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="35"/>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <location filename="../qml/pages/MonitorPage.qml" line="10"/>
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
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>MonitorSummaryView</name>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="47"/>
        <source>Your rating of %1</source>
        <translation>Your rating of %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="75"/>
        <source>Your answers</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="81"/>
        <source>Average for %1</source>
        <translation>Average for %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="84"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Centre: %1 · edge: %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="121"/>
        <source>The comparison with everyone else&apos;s answers for %1 appears here as soon as there are results for it.</source>
        <translation>The comparison with everyone else's answers for %1 appears here as soon as there are results for it.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="127"/>
        <source>Strongest</source>
        <translation>Strongest</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="129"/>
        <source>Most room for improvement</source>
        <translation>Most room for improvement</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="134"/>
        <source>You did not rate any theme. You can still send your answers, or change one.</source>
        <translation>You did not rate any theme. You can still send your answers, or change one.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="141"/>
        <source>Change an answer</source>
        <translation>Change an answer</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="174"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="181"/>
        <source>Send answers</source>
        <translation>Send answers</translation>
    </message>
</context>
<context>
    <name>MonitorThemeView</name>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="59"/>
        <source>Think about:</source>
        <translation>Think about:</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="128"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="143"/>
        <source>What is good here? (optional)</source>
        <translation>What is good here? (optional)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="153"/>
        <source>What could be better? (optional)</source>
        <translation>What could be better? (optional)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="170"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="172"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="172"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <location filename="../qml/components/ProjectCard.qml" line="78"/>
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
        <location filename="../qml/pages/ProjectDetailPage.qml" line="57"/>
        <source>This project is no longer in the catalogue.</source>
        <translation>This project is no longer in the catalogue.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="82"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="120"/>
        <source>Last updated: %1</source>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="151"/>
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
        <location filename="../qml/pages/ProjectsPage.qml" line="37"/>
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="55"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="71"/>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="79"/>
        <source>Recommended</source>
        <translation>Recommended</translation>
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
        <translation>Recently updated</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="147"/>
        <source>No project matches your choice.</source>
        <translation>No project matches your choice.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="158"/>
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
    <name>StepFooter</name>
    <message>
        <location filename="../qml/monitor/StepFooter.qml" line="10"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/monitor/StepFooter.qml" line="19"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="30"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="37"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>stadtlabor::MonitorController</name>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="287"/>
        <source>The StadtRaumMonitor has no themes in this catalogue.</source>
        <translation>The StadtRaumMonitor has no themes in this catalogue.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="472"/>
        <source>Your answers could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Your answers could not be saved. Please try again or ask the staff. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="607"/>
        <source>Wide pavements along the main street.</source>
        <translation>Wide pavements along the main street.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="608"/>
        <source>The cycle lane ends suddenly at the crossing.</source>
        <translation>The cycle lane ends suddenly at the crossing.</translation>
    </message>
</context>
</TS>
