<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="180"/>
        <source>Your message will be sent when {model} has loaded.</source>
        <translation>Ihre Nachricht wird gesendet, sobald {model} geladen ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="190"/>
        <source>{model} reloads to apply this conversation&apos;s thinking setting; your message is sent then.</source>
        <translation>{model} wird neu geladen, um die Einstellung „Nachdenken“ dieses Chats zu übernehmen; danach wird Ihre Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="236"/>
        <source>The conversation is longer than this model can read at once: the oldest {n} messages were left out of what it sees (they are still here).</source>
        <translation>Der Chat ist länger, als dieses Modell auf einmal lesen kann: Die ältesten {n} Nachrichten sieht es nicht mehr (hier bleiben sie erhalten).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="245"/>
        <source>Waiting for another app&apos;s request to finish…</source>
        <translation>Warten, bis die Anfrage einer anderen App abgeschlossen ist…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="292"/>
        <source>stopped before the first word</source>
        <translation>vor dem ersten Wort gestoppt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="294"/>
        <source>interrupted before the first word</source>
        <translation>vor dem ersten Wort unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="304"/>
        <source>{model} — ready</source>
        <translation>{model} — bereit</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="412"/>
        <source>Edit your message and send it again.</source>
        <translation>Bearbeiten Sie Ihre Nachricht und senden Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_input.py" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Nachricht eingeben — Enter zum Senden, Shift+Enter für eine neue Zeile</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="13"/>
        <source>How much of the model&apos;s context this chat uses</source>
        <translation>Wie viel vom Kontext des Modells dieser Chat belegt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="21"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total} Token</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="62"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="95"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="103"/>
        <source>{title} — Hearth</source>
        <translation>{title} — Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="129"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="130"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="152"/>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="172"/>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="184"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="186"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="199"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="200"/>
        <source>The chat could not be saved to {path}: {error}</source>
        <translation>Der Chat konnte nicht unter {path} gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="205"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="35"/>
        <source>&lt;b&gt;This conversation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dieser Chat&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="36"/>
        <source>System prompt:</source>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="38"/>
        <source>How the model should behave (optional)</source>
        <translation>Wie sich das Modell verhalten soll (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="43"/>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="44"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="45"/>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="46"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="47"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="49"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="51"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="54"/>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="56"/>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="58"/>
        <source>Repeat penalty:</source>
        <translation>Wiederholungsstrafe:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="61"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="62"/>
        <source>Max reply tokens:</source>
        <translation>Max. Token pro Antwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="65"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="66"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="70"/>
        <source>App default</source>
        <translation>App-Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="71"/>
        <source>Context length:</source>
        <translation>Kontextlänge:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="75"/>
        <source>Reasoning models can think before they answer: slower, often better.</source>
        <translation>Reasoning-Modelle können nachdenken, bevor sie antworten: langsamer, aber oft besser.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="77"/>
        <source>Thinking:</source>
        <translation>Nachdenken:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="100"/>
        <source>Model&apos;s default</source>
        <translation>Standard des Modells</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="102"/>
        <source>Think first</source>
        <translation>Erst nachdenken</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="103"/>
        <source>Answer directly</source>
        <translation>Direkt antworten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="104"/>
        <source>Think briefly</source>
        <translation>Kurz nachdenken</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="105"/>
        <source>Think</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="106"/>
        <source>Think hard</source>
        <translation>Gründlich nachdenken</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="42"/>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="74"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="46"/>
        <source>Search chats (Ctrl+F)</source>
        <translation>Chats durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="85"/>
        <source>No chats match</source>
        <translation>Keine passenden Chats</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="117"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="122"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="124"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="60"/>
        <source>Something went wrong inside Hearth. Your conversation is still here.
The details were written to {log}.</source>
        <translation>In Hearth ist ein Fehler aufgetreten. Ihr Chat ist noch da.
Die Details wurden in {log} gespeichert.</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="270"/>
        <source>Show the best for:</source>
        <translation>Die besten anzeigen für:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="273"/>
        <source>General chat</source>
        <translation>Allgemeiner Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="274"/>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="275"/>
        <source>Reasoning</source>
        <translation>Logisches Denken</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="276"/>
        <source>Many languages</source>
        <translation>Viele Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="281"/>
        <source>Only models that run here</source>
        <translation>Nur Modelle, die hier laufen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="285"/>
        <source>Looking at this computer…</source>
        <translation>Dieser Computer wird untersucht…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="306"/>
        <source>Working out what runs on this computer…</source>
        <translation>Es wird ermittelt, was auf diesem Computer läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="321"/>
        <source>The model catalog could not be read: {error}</source>
        <translation>Der Modellkatalog konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="134"/>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="184"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="163"/>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="167"/>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="168"/>
        <source>about {hours} h left</source>
        <translation>noch etwa {hours} h</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="186"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="202"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="215"/>
        <source>part {part} of {count}</source>
        <translation>Teil {part} von {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="220"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="225"/>
        <source>Waiting · {sizes}</source>
        <translation>Wartet · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="227"/>
        <source>Paused · {sizes}</source>
        <translation>Pausiert · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="229"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Heruntergeladen und geprüft · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="231"/>
        <source>Stopped · {sizes}</source>
        <translation>Gestoppt · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="233"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="34"/>
        <source>Interrupted — trying again…</source>
        <translation>Unterbrochen — neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="35"/>
        <source>Interrupted — retrying in {seconds} s</source>
        <translation>Unterbrochen — neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="40"/>
        <source>Offline — it starts by itself when the network is back (trying now…)</source>
        <translation>Offline — der Download startet von selbst, sobald das Netzwerk wieder verfügbar ist (wird gerade versucht…)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="43"/>
        <source>Offline — it starts by itself when the network is back (next try in {seconds} s)</source>
        <translation>Offline — der Download startet von selbst, sobald das Netzwerk wieder verfügbar ist (nächster Versuch in {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="48"/>
        <source>Offline — trying again…</source>
        <translation>Offline — neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="49"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Offline — neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="55"/>
        <source>Hearth cannot reach {host}. It keeps trying and the download goes on by itself when the network is back; what is downloaded so far is kept.</source>
        <translation>Hearth kann {host} nicht erreichen. Es wird weiter versucht, und der Download läuft von selbst weiter, sobald das Netzwerk wieder verfügbar ist; bereits Heruntergeladenes bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="250"/>
        <source>&lt;b&gt;Downloads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Downloads&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="251"/>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="255"/>
        <source>Nothing is downloading. Models you download appear here.</source>
        <translation>Es läuft kein Download. Heruntergeladene Modelle erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/hearth/ui/draft.py" line="62"/>
        <source>What you type cannot be kept if Hearth closes: saving the draft failed ({error}).</source>
        <translation>Ihre Eingabe geht verloren, wenn Hearth geschlossen wird: Der Entwurf konnte nicht gespeichert werden ({error}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="31"/>
        <source>The model {name} could not be loaded. The file may be incomplete or damaged; downloading it again usually helps. (llama.cpp said: {reason})</source>
        <translation>Das Modell {name} konnte nicht geladen werden. Die Datei ist möglicherweise unvollständig oder beschädigt; ein erneuter Download hilft meist. (Meldung von llama.cpp: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="35"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="39"/>
        <source>The model stopped working in the middle of the reply. What it wrote so far is kept. Reload the model to go on.</source>
        <translation>Das Modell ist mitten in der Antwort abgestürzt. Der bisher geschriebene Text bleibt erhalten. Laden Sie das Modell neu, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="48"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then try again.</source>
        <translation>Dieses Modell ist zugangsbeschränkt: Akzeptieren Sie die Lizenz auf der Seite des Modells ({url}) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="52"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then add your Hugging Face token in Settings.</source>
        <translation>Dieses Modell ist zugangsbeschränkt: Akzeptieren Sie die Lizenz auf der Seite des Modells ({url}) und tragen Sie dann Ihr Token für Hugging Face in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="60"/>
        <source>{file} arrived damaged and was deleted; it is never used for chat. Resume to download it again.</source>
        <translation>{file} ist beschädigt angekommen und wurde gelöscht; die Datei wird nie für Chats verwendet. Setzen Sie den Download fort, um sie erneut herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="68"/>
        <source>{path} is not a complete model file: it may have been cut short while downloading or copying. Download it again.</source>
        <translation>{path} ist keine vollständige Modelldatei: Sie wurde möglicherweise beim Herunterladen oder Kopieren abgeschnitten. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="72"/>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="99"/>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="76"/>
        <source>Hearth cannot read the chat history at {path} ({reason}). Your chats are not changed; a backup of the file can be restored there.</source>
        <translation>Hearth kann den Chatverlauf unter {path} nicht lesen ({reason}). Ihre Chats wurden nicht verändert; eine Sicherung der Datei kann dort wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="85"/>
        <source>The model file {path} is missing. It may have been moved or deleted.</source>
        <translation>Die Modelldatei {path} fehlt. Sie wurde möglicherweise verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="88"/>
        <source>{path} is not a model file Hearth can use (it is not in GGUF format).</source>
        <translation>{path} ist keine Modelldatei, die Hearth verwenden kann (sie ist nicht im GGUF-Format).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="91"/>
        <source>The model file {path} cannot be read ({detail}). Check that the drive it is on is connected and that you may read it.</source>
        <translation>Die Modelldatei {path} kann nicht gelesen werden ({detail}). Prüfen Sie, ob das Laufwerk angeschlossen ist und Sie Leserechte für die Datei haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="96"/>
        <source>{path} is not a valid model file ({detail}). Download it again, or choose another.</source>
        <translation>{path} ist keine gültige Modelldatei ({detail}). Laden Sie sie erneut herunter oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="101"/>
        <source>This file describes a kind of model Hearth cannot run for chat (architecture {arch}).</source>
        <translation>Diese Datei beschreibt eine Modellart, die Hearth nicht für Chats ausführen kann (Architektur {arch}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="104"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="105"/>
        <source>{name} is too large for this computer: it needs {need} GB and there are {have} GB.</source>
        <translation>{name} ist zu groß für diesen Computer: Das Modell benötigt {need} GB, verfügbar sind {have} GB.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="113"/>
        <source>No installed model is called {name}.</source>
        <translation>Es ist kein Modell namens {name} installiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="116"/>
        <source>{name} belongs to {app} (in {folder}); Hearth only uses it where it is. Remove it in {app} to free its space.</source>
        <translation>{name} gehört zu {app} (in {folder}); Hearth verwendet es nur an seinem Speicherort. Entfernen Sie es in {app}, um den Speicherplatz freizugeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="121"/>
        <source>{path} is one part of a model split into several files, and some of the other parts are not next to it.</source>
        <translation>{path} ist ein Teil eines auf mehrere Dateien aufgeteilten Modells, und einige der anderen Teile liegen nicht im selben Ordner.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="126"/>
        <source>{name} comes with Hearth and cannot be deleted.</source>
        <translation>{name} ist in Hearth enthalten und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="131"/>
        <source>The model took longer than {seconds} seconds to load, so loading was stopped.</source>
        <translation>Das Laden des Modells dauerte länger als {seconds} Sekunden und wurde deshalb abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="136"/>
        <source>The model could not answer this message ({detail}). Try sending it again.</source>
        <translation>Das Modell konnte auf diese Nachricht nicht antworten ({detail}). Versuchen Sie, sie erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="139"/>
        <source>The model&apos;s engine refused Hearth&apos;s key. Reload the model.</source>
        <translation>Die Engine des Modells hat den Schlüssel von Hearth abgelehnt. Laden Sie das Modell neu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="142"/>
        <source>Loading the model was cancelled.</source>
        <translation>Das Laden des Modells wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="144"/>
        <source>Hearth&apos;s list of models is damaged ({where}). Reinstalling Hearth restores it.</source>
        <translation>Die Modellliste von Hearth ist beschädigt ({where}). Eine Neuinstallation von Hearth stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="147"/>
        <source>Hearth&apos;s list of models is missing. Reinstalling Hearth restores it.</source>
        <translation>Die Modellliste von Hearth fehlt. Eine Neuinstallation von Hearth stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="151"/>
        <source>The chat history could not be saved or read ({reason}). What is on screen is kept; try again, or check the free disk space.</source>
        <translation>Der Chatverlauf konnte nicht gespeichert oder gelesen werden ({reason}). Was angezeigt wird, bleibt erhalten; versuchen Sie es erneut oder prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="156"/>
        <source>The chat history was written by a newer version of Hearth. Update Hearth to open it; nothing in it was changed.</source>
        <translation>Der Chatverlauf wurde von einer neueren Version von Hearth geschrieben. Aktualisieren Sie Hearth, um ihn zu öffnen; nichts darin wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="162"/>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <translation>Dieser Chat existiert nicht mehr; er wurde möglicherweise in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="165"/>
        <source>This message no longer exists; it may have been deleted in another window.</source>
        <translation>Diese Nachricht existiert nicht mehr; sie wurde möglicherweise in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="168"/>
        <source>This is not a chat exported by Hearth ({reason}).</source>
        <translation>Dies ist kein von Hearth exportierter Chat ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="171"/>
        <source>Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those.</source>
        <translation>Hearth kann einen Chat als Markdown (.md) oder JSON (.json) speichern: Wählen Sie eines dieser Formate.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="174"/>
        <source>Could not save the chat to {path} ({reason}). Choose another folder or file name.</source>
        <translation>Der Chat konnte nicht unter {path} gespeichert werden ({reason}). Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="180"/>
        <source>The model hub listed a file named {path}, which would be saved outside the models folder, so it was not downloaded. If you set a mirror, it may be broken.</source>
        <translation>Der Modell-Hub hat eine Datei namens {path} aufgeführt, die außerhalb des Modellordners gespeichert würde; sie wurde daher nicht heruntergeladen. Falls Sie einen Spiegelserver eingestellt haben, ist er möglicherweise fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="185"/>
        <source>{repo} is not a model name on the hub; they look like owner/name (for example bartowski/Llama-3.2-3B-Instruct-GGUF).</source>
        <translation>{repo} ist kein Modellname auf dem Hub; Modellnamen haben die Form Besitzer/Name (zum Beispiel bartowski/Llama-3.2-3B-Instruct-GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="190"/>
        <source>There is no model {repo} on {host}.</source>
        <translation>Auf {host} gibt es kein Modell {repo}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="193"/>
        <source>The model {repo} has no file {file}.</source>
        <translation>Das Modell {repo} hat keine Datei {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="196"/>
        <source>The hub did not accept your Hugging Face token. Check it in Settings.</source>
        <translation>Der Hub hat Ihr Token für Hugging Face nicht akzeptiert. Prüfen Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="199"/>
        <source>The hub refused access (403). Your token may lack permission, or access may be blocked where you are: try a mirror as the hub address in Settings.</source>
        <translation>Der Hub hat den Zugriff verweigert (403). Möglicherweise fehlen Ihrem Token die Berechtigungen, oder der Zugriff ist an Ihrem Standort gesperrt: Versuchen Sie es mit einem Spiegelserver als Hub-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="204"/>
        <source>The hub is limiting downloads right now. Resume in a few minutes; nothing downloaded so far is lost.</source>
        <translation>Der Hub drosselt gerade die Downloads. Setzen Sie den Download in ein paar Minuten fort; bereits Heruntergeladenes geht nicht verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="209"/>
        <source>The hub had a problem on its side (HTTP {status}). Resume later; nothing downloaded so far is lost.</source>
        <translation>Beim Hub ist ein Problem aufgetreten (HTTP {status}). Setzen Sie den Download später fort; bereits Heruntergeladenes geht nicht verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="214"/>
        <source>The hub answered with an error (HTTP {status}) for {file}. Try again later.</source>
        <translation>Der Hub hat für {file} mit einem Fehler geantwortet (HTTP {status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="217"/>
        <source>Cannot reach {host}. Check the internet connection, then resume: nothing downloaded so far is lost.</source>
        <translation>{host} ist nicht erreichbar. Prüfen Sie die Internetverbindung und setzen Sie den Download dann fort: Bereits Heruntergeladenes geht nicht verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="222"/>
        <source>Talking to the model hub failed ({detail}). Try again in a moment.</source>
        <translation>Die Verbindung zum Modell-Hub ist fehlgeschlagen ({detail}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="225"/>
        <source>{repo} has no model files Hearth can run (GGUF). Look for a version of it whose name ends in -GGUF.</source>
        <translation>{repo} enthält keine Modelldateien, die Hearth ausführen kann (GGUF). Suchen Sie nach einer Version, deren Name auf -GGUF endet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="230"/>
        <source>{repo} comes in several versions; choose one of: {choices}.</source>
        <translation>{repo} gibt es in mehreren Versionen; wählen Sie eine davon: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="233"/>
        <source>{repo} has no {quant} version. It has: {choices}.</source>
        <translation>{repo} hat keine {quant}-Version. Verfügbar sind: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="236"/>
        <source>Hearth could not check whether {file} fits this computer. Try again in a moment.</source>
        <translation>Hearth konnte nicht prüfen, ob {file} zu diesem Computer passt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="239"/>
        <source>Not enough free disk space: this model needs {needed} and there is {free} free.</source>
        <translation>Nicht genügend freier Speicherplatz: Dieses Modell benötigt {needed}, frei sind {free}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="242"/>
        <source>The disk is full. Free some space, then resume.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und setzen Sie den Download dann fort.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="245"/>
        <source>The download failed ({detail}). Resume it to try again; nothing downloaded so far is lost.</source>
        <translation>Der Download ist fehlgeschlagen ({detail}). Setzen Sie ihn fort, um es erneut zu versuchen; bereits Heruntergeladenes geht nicht verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="250"/>
        <source>{name} is split into several files and some of them are missing on the hub, so it cannot be downloaded.</source>
        <translation>{name} ist auf mehrere Dateien aufgeteilt, von denen einige auf dem Hub fehlen; das Modell kann daher nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="255"/>
        <source>{file} is already being downloaded by another Hearth window or command.</source>
        <translation>{file} wird bereits von einem anderen Hearth-Fenster oder -Befehl heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="258"/>
        <source>Hearth could not write the download to {folder} ({detail}). Check the free space and that the folder may be written to.</source>
        <translation>Hearth konnte den Download nicht in {folder} speichern ({detail}). Prüfen Sie den freien Speicherplatz und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="264"/>
        <source>This computer has no password store Hearth can use, so the token cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).</source>
        <translation>Auf diesem Computer gibt es keinen Passwortspeicher, den Hearth verwenden kann; das Token kann daher nicht gespeichert werden. Installieren und entsperren Sie unter Linux einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="269"/>
        <source>A Hugging Face token is one word without spaces, starting with hf_.</source>
        <translation>Ein Token für Hugging Face ist ein einzelnes Wort ohne Leerzeichen und beginnt mit hf_.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="272"/>
        <source>{path} is not a hardware profile saved by Hearth (hearth detect --json).</source>
        <translation>{path} ist kein von Hearth gespeichertes Hardwareprofil (hearth detect --json).</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>%n parts</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="193"/>
        <source>Checking whether it runs here…</source>
        <translation>Es wird geprüft, ob das Modell hier läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="195"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="199"/>
        <source>Some parts of this model are missing on the hub.</source>
        <translation>Einige Teile dieses Modells fehlen auf dem Hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="205"/>
        <source>Could not check whether it runs here: {reason}</source>
        <translation>Konnte nicht prüfen, ob das Modell hier läuft: {reason}</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="32"/>
        <source>Hearth runs models through Vulkan, which is slower.</source>
        <translation>Hearth führt Modelle über Vulkan aus, was langsamer ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="33"/>
        <source>Hearth runs models on the processor only.</source>
        <translation>Hearth führt Modelle nur auf dem Prozessor aus.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="40"/>
        <source>To use it: {command}</source>
        <translation>So verwenden Sie sie: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="43"/>
        <source>Install &quot;Hearth for NVIDIA&quot; from the download page: it uses your GPU through CUDA (an up-to-date NVIDIA driver is needed).</source>
        <translation>Installieren Sie „Hearth for NVIDIA“ von der Download-Seite: Es nutzt Ihre GPU über CUDA (ein aktueller NVIDIA-Treiber ist erforderlich).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="49"/>
        <source>The Apple Silicon download of Hearth uses it through Metal.</source>
        <translation>Der Apple-Silicon-Download von Hearth nutzt sie über Metal.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="50"/>
        <source>Hearth uses it through Vulkan: install your graphics driver&apos;s Vulkan support (on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth.</source>
        <translation>Hearth nutzt sie über Vulkan: Installieren Sie die Vulkan-Unterstützung Ihres Grafiktreibers (unter Debian und Ubuntu: mesa-vulkan-drivers) und starten Sie Hearth dann neu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="58"/>
        <source>Your {gpu} is not used: this llama.cpp build has no {backend} backend, so models run on the processor only.</source>
        <translation>Ihre {gpu} wird nicht verwendet: Dieser Build von llama.cpp hat kein {backend}-Backend, daher laufen Modelle nur auf dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="64"/>
        <source>On integrated graphics the gain over the processor is often small.</source>
        <translation>Bei integrierter Grafik ist der Vorteil gegenüber dem Prozessor oft gering.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="71"/>
        <source>Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon Mac, which is much slower and cannot use the GPU. Install the Apple Silicon (arm64) version of Hearth.</source>
        <translation>Hearth läuft als Intel-Programm (x86_64) unter Rosetta auf einem Mac mit Apple Silicon; so ist es deutlich langsamer und kann die GPU nicht nutzen. Installieren Sie die Apple-Silicon-Version (arm64) von Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="77"/>
        <source>The NVIDIA driver did not answer ({reason}). If the driver was updated recently, restart the computer.</source>
        <translation>Der NVIDIA-Treiber hat nicht geantwortet ({reason}). Wenn der Treiber kürzlich aktualisiert wurde, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="82"/>
        <source>llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet.</source>
        <translation>llama.cpp (das Paket llama-cpp-python) ist nicht installiert, daher können noch keine Modelle ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="86"/>
        <source>Hearth could not ask llama.cpp which devices it can use ({reason}); it assumes the processor only.</source>
        <translation>Hearth konnte bei llama.cpp nicht abfragen, welche Geräte verwendet werden können ({reason}); Hearth geht davon aus, dass nur der Prozessor verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="92"/>
        <source>llama.cpp can use {seen} of your {total} {vendor} GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES or GGML_VK_VISIBLE_DEVICES.</source>
        <translation>llama.cpp kann {seen} Ihrer {total} {vendor}-GPUs verwenden. Die übrigen sind möglicherweise durch CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES oder GGML_VK_VISIBLE_DEVICES ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="97"/>
        <source>Your NVIDIA driver ({driver}) is too old for CUDA 12, which needs {needed} or newer. {fallback} Update the NVIDIA driver to use your {gpu} fully.</source>
        <translation>Ihr NVIDIA-Treiber ({driver}) ist zu alt für CUDA 12, das Version {needed} oder neuer benötigt. {fallback} Aktualisieren Sie den NVIDIA-Treiber, um Ihre {gpu} voll zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="107"/>
        <source>CUDA could not start on your {gpu}. {fallback} Updating the NVIDIA driver and restarting the computer usually fixes this.</source>
        <translation>CUDA konnte auf Ihrer {gpu} nicht gestartet werden. {fallback} Meist hilft es, den NVIDIA-Treiber zu aktualisieren und den Computer neu zu starten.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="112"/>
        <source>A {vendor} graphics card was found (PCI {slot}) but no driver is loaded for it, so it cannot be used. Install the {vendor} driver.</source>
        <translation>Es wurde eine {vendor}-Grafikkarte gefunden (PCI {slot}), für die aber kein Treiber geladen ist; daher kann sie nicht verwendet werden. Installieren Sie den {vendor}-Treiber.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="117"/>
        <source>Your NVIDIA graphics card (PCI {slot}) runs the open-source nouveau driver, which cannot run models. Install NVIDIA&apos;s own driver to use it.</source>
        <translation>Ihre NVIDIA-Grafikkarte (PCI {slot}) verwendet den Open-Source-Treiber nouveau, der keine Modelle ausführen kann. Installieren Sie den Treiber von NVIDIA selbst, um sie zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="122"/>
        <source>Memory is shared between the processor and the GPU: models on the GPU can use up to {gpu} GB of your {ram} GB (Metal&apos;s limit, which `sudo sysctl iogpu.wired_limit_mb=...` can raise).</source>
        <translation>Prozessor und GPU nutzen einen gemeinsamen Speicher: Modelle auf der GPU können bis zu {gpu} GB Ihrer {ram} GB belegen (das Limit von Metal, das sich mit `sudo sysctl iogpu.wired_limit_mb=...` anheben lässt).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="128"/>
        <source>The {gpu} shares system memory: {reserved} GB is reserved for it and it can map up to {shared} GB more.</source>
        <translation>Die {gpu} teilt sich den Arbeitsspeicher: Sie hat {reserved} GB fest reserviert und kann bis zu {shared} GB zusätzlich nutzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="137"/>
        <source>Your processor has no AVX2 instructions, so models run several times slower on it than on recent processors.</source>
        <translation>Ihr Prozessor beherrscht keine AVX2-Befehle, daher laufen Modelle darauf um ein Mehrfaches langsamer als auf aktuellen Prozessoren.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="142"/>
        <source>Some hardware could not be read ({probes}); recommendations may be less accurate. Details are in Hearth&apos;s log.</source>
        <translation>Einige Hardwareangaben konnten nicht ausgelesen werden ({probes}); die Empfehlungen sind daher möglicherweise ungenauer. Details stehen im Protokoll von Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="147"/>
        <source>Hearth could not read this computer&apos;s hardware; see Hearth&apos;s log.</source>
        <translation>Hearth konnte die Hardware dieses Computers nicht auslesen; Details stehen im Protokoll von Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="160"/>
        <source>System memory (RAM)</source>
        <translation>Arbeitsspeicher (RAM)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="161"/>
        <source>Unified memory</source>
        <translation>Gemeinsamer Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="163"/>
        <source>{gpu} (GPU share)</source>
        <translation>{gpu} (GPU-Anteil)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="164"/>
        <source>{gpu} (shared memory)</source>
        <translation>{gpu} (gemeinsamer Speicher)</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="45"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="49"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="73"/>
        <source>Looking at this computer…</source>
        <translation>Dieser Computer wird untersucht…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="53"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="61"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="85"/>
        <source>Processor:</source>
        <translation>Prozessor:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="87"/>
        <source>{brand} — {cores} cores, {threads} threads</source>
        <translation>{brand} — {cores} Kerne, {threads} Threads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="88"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="94"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="95"/>
        <source>Graphics:</source>
        <translation>Grafik:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>llama.cpp uses:</source>
        <translation>llama.cpp verwendet:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="101"/>
        <source>CPU code:</source>
        <translation>CPU-Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="103"/>
        <source>built for {variant}</source>
        <translation>kompiliert für {variant}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="116"/>
        <source>Not used:</source>
        <translation>Nicht genutzt:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="136"/>
        <source>{total} — use unknown</source>
        <translation>{total} — Belegung unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="140"/>
        <source>{used} used of {total} ({free} available)</source>
        <translation>{used} von {total} belegt ({free} verfügbar)</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="235"/>
        <source>Search the hub for GGUF models, e.g. qwen 7b</source>
        <translation>Hub nach GGUF-Modellen durchsuchen, z. B. qwen 7b</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="238"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="285"/>
        <source>Searching the hub…</source>
        <translation>Hub wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="304"/>
        <source>Cannot reach {host}. Check the internet connection; where the hub is slow or blocked, set a mirror as the hub address in Settings.</source>
        <translation>{host} ist nicht erreichbar. Prüfen Sie die Internetverbindung; wenn der Hub langsam oder gesperrt ist, tragen Sie in den Einstellungen einen Spiegelserver als Hub-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="308"/>
        <source>The hub is limiting how often it answers. Try again in a few minutes.</source>
        <translation>Der Hub drosselt gerade die Anfragen. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="310"/>
        <source>The hub had a problem on its side (HTTP {status}). Try again later.</source>
        <translation>Beim Hub ist ein Problem aufgetreten (HTTP {status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="321"/>
        <source>1 download</source>
        <translation>1 Download</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="323"/>
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln Download</numerusform>
            <numerusform>%Ln Downloads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="326"/>
        <source>{facts} · gated</source>
        <translation>{facts} · zugangsbeschränkt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="331"/>
        <source>No GGUF models on the hub match “{query}”.</source>
        <translation>Keine GGUF-Modelle auf dem Hub passen zu „{query}“.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="345"/>
        <source>Listing the model files…</source>
        <translation>Modelldateien werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="357"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Dieses Repository enthält keine GGUF-Modelldateien.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="123"/>
        <source>Checking {name} on Hugging Face…</source>
        <translation>{name} wird auf Hugging Face geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="140"/>
        <source>{name} is ready to chat with.</source>
        <translation>{name} ist bereit zum Chatten.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="152"/>
        <source>Could not look for unfinished downloads: {error}</source>
        <translation>Nach unvollständigen Downloads konnte nicht gesucht werden: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="161"/>
        <source>Continue the unfinished download</source>
        <translation>Unvollständigen Download fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/library_ui.py" line="163"/>
        <source>Continue %n unfinished downloads</source>
        <translation>
            <numerusform>%n unvollständigen Download fortsetzen</numerusform>
            <numerusform>%n unvollständige Downloads fortsetzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="185"/>
        <source>Add a model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="187"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="199"/>
        <source>Cannot add this file</source>
        <translation>Diese Datei kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="204"/>
        <source>Added {name}; it stays where it is.</source>
        <translation>{name} hinzugefügt; die Datei bleibt an ihrem Speicherort.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="219"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="229"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="244"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="222"/>
        <source>Delete {name}? This frees {size} on disk.</source>
        <translation>{name} löschen? Dadurch werden {size} auf dem Datenträger frei.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="227"/>
        <source>Remove {name} from Hearth? The file itself stays where it is.</source>
        <translation>{name} aus Hearth entfernen? Die Datei selbst bleibt an ihrem Speicherort.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="240"/>
        <source>{name} could not be deleted: {error}</source>
        <translation>{name} konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="248"/>
        <source>Deleted {name}: {size} freed.</source>
        <translation>{name} gelöscht: {size} freigegeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="127"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="158"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="161"/>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="167"/>
        <source>Reload model</source>
        <translation>Modell neu laden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="176"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="177"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="178"/>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="187"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="195"/>
        <source>Discover models</source>
        <translation>Modelle entdecken</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="196"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="197"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="327"/>
        <source>There is no model to chat with yet.</source>
        <translation>Es gibt noch kein Modell zum Chatten.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="355"/>
        <source>{model} — stopped unexpectedly</source>
        <translation>{model} — unerwartet beendet</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="398"/>
        <source>Token not saved</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="411"/>
        <source>Could not save settings: {error}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="62"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="67"/>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="70"/>
        <source>&amp;Export chat…</source>
        <translation>Chat &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="72"/>
        <source>S&amp;top reply</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="74"/>
        <source>Choose &amp;model</source>
        <translation>&amp;Modell wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="78"/>
        <source>C&amp;hat settings</source>
        <translation>&amp;Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="83"/>
        <source>Show the &amp;chat</source>
        <translation>&amp;Chat anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="87"/>
        <source>&amp;Discover models</source>
        <translation>Modelle &amp;entdecken</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="93"/>
        <source>Search &amp;Hugging Face</source>
        <translation>&amp;Hugging Face durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="98"/>
        <source>Do&amp;wnloads</source>
        <translation>Do&amp;wnloads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="101"/>
        <source>&amp;Add a model file…</source>
        <translation>Modelldatei hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="105"/>
        <source>Show the model in the &amp;file manager</source>
        <translation>Modell im &amp;Dateimanager anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="110"/>
        <source>De&amp;lete this model…</source>
        <translation>Dieses Modell &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="112"/>
        <source>Settin&amp;gs…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="116"/>
        <source>This &amp;computer…</source>
        <translation>Dieser &amp;Computer…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="123"/>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="125"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="128"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="137"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="176"/>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="177"/>
        <source>Hearth {version}
Open language models on your own computer, offline.</source>
        <translation>Hearth {version}
Offene Sprachmodelle auf Ihrem eigenen Computer, offline.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit this message and send it again</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Write this reply again</source>
        <translation>Diese Antwort neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="223"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="225"/>
        <source>Thought for {seconds:.0f} s</source>
        <translation>{seconds:.0f} s nachgedacht</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="227"/>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="92"/>
        <source>{name}: stopped the self-test with an error ({signal})</source>
        <translation>{name}: Selbsttest mit einem Fehler abgebrochen ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="96"/>
        <source>{name}: stopped during a reply ({signal})</source>
        <translation>{name}: während einer Antwort abgestürzt ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="100"/>
        <source>{name}: computed wrong results in the self-test</source>
        <translation>{name}: falsche Ergebnisse im Selbsttest berechnet</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="103"/>
        <source>{name}: did not finish its self-test</source>
        <translation>{name}: Selbsttest nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="110"/>
        <source>Your processor could not run llama.cpp&apos;s fastest code ({crashed}, {signal}). Hearth now uses the {now} code and is asking again.</source>
        <translation>Ihr Prozessor konnte den schnellsten Code von llama.cpp nicht ausführen ({crashed}, {signal}). Hearth verwendet jetzt den {now}-Code und stellt die Anfrage erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="120"/>
        <source>Your GPU stopped responding during the reply ({reason}). The model now runs on the CPU alone, and Hearth is asking again.</source>
        <translation>Ihre GPU hat während der Antwort nicht mehr reagiert ({reason}). Das Modell läuft jetzt nur auf der CPU, und Hearth stellt die Anfrage erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="126"/>
        <source>Your GPU could not load this model ({reason}), so it runs on the CPU alone.</source>
        <translation>Ihre GPU konnte dieses Modell nicht laden ({reason}); es läuft daher nur auf der CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="131"/>
        <source>Your GPU could not hold all {requested} layers of this model ({reason}). {now} run on the GPU now, the rest on the CPU.</source>
        <translation>Ihre GPU konnte nicht alle {requested} Schichten dieses Modells aufnehmen ({reason}). {now} davon laufen jetzt auf der GPU, der Rest auf der CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="138"/>
        <source>Expect about {after} tokens/s instead of {before}.</source>
        <translation>Erwarten Sie etwa {after} Token/s statt {before}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="149"/>
        <source>on the CPU</source>
        <translation>auf der CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="150"/>
        <source>the GPU</source>
        <translation>der GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="152"/>
        <source>all {total} layers on {devices}</source>
        <translation>alle {total} Schichten auf {devices}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="155"/>
        <source>{layers} of {total} layers on {devices}, the rest on the CPU</source>
        <translation>{layers} von {total} Schichten auf {devices}, der Rest auf der CPU</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="167"/>
        <source>{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB</source>
        <translation>{device}: Gewichte {w} GB · KV-Cache {kv} GB · Sonstiges {o} GB — von {cap} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="180"/>
        <source>{size} GB download</source>
        <translation>Download: {size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="181"/>
        <source>licence: {name}</source>
        <translation>Lizenz: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/discover.py" line="182"/>
        <source>context %Ln tokens</source>
        <translation>
            <numerusform>Kontext: %Ln Token</numerusform>
            <numerusform>Kontext: %Ln Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="187"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="190"/>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="203"/>
        <source>{rate} tokens/s as measured here</source>
        <translation>{rate} Token/s, hier gemessen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="206"/>
        <source>about {rate} tokens/s (predicted from replies here)</source>
        <translation>etwa {rate} Token/s (geschätzt anhand der Antworten hier)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="207"/>
        <source>about {rate} tokens/s (predicted)</source>
        <translation>etwa {rate} Token/s (geschätzt)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="217"/>
        <source>fits your {total} GB GPU with {spare} GB to spare, {speed}</source>
        <translation>passt auf Ihre GPU mit {total} GB ({spare} GB frei), {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="224"/>
        <source>{layers} of {total} layers on your GPU, the rest in RAM, {speed}</source>
        <translation>{layers} von {total} Schichten auf Ihrer GPU, der Rest im Arbeitsspeicher, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="227"/>
        <source>runs on your CPU with {spare} GB of RAM to spare, {speed}</source>
        <translation>läuft auf Ihrer CPU ({spare} GB Arbeitsspeicher frei), {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="230"/>
        <source>Recommended: {reason}</source>
        <translation>Empfohlen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>Shared memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>GPU memory</source>
        <translation>Grafikspeicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="237"/>
        <source>RAM</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="241"/>
        <source>Runs on GPU</source>
        <translation>Läuft auf der GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="242"/>
        <source>Partly on GPU</source>
        <translation>Teilweise auf der GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="243"/>
        <source>Runs on CPU</source>
        <translation>Läuft auf der CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="244"/>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="137"/>
        <source>No models installed yet.</source>
        <translation>Noch keine Modelle installiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="206"/>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="212"/>
        <source>{model} — ready (loaded in {seconds:.1f} s)</source>
        <translation>{model} — bereit (in {seconds:.1f} s geladen)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="221"/>
        <source>serving other apps at {url}/v1</source>
        <translation>für andere Apps erreichbar unter {url}/v1</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="230"/>
        <source>{model} — not loaded</source>
        <translation>{model} — nicht geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="237"/>
        <source>{model} was unloaded to free memory; it loads again when you send.</source>
        <translation>{model} wurde entladen, um Speicher freizugeben; es wird beim nächsten Senden wieder geladen.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="20"/>
        <source>The model you are chatting with (Ctrl+M)</source>
        <translation>Das Modell, mit dem Sie chatten (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="33"/>
        <source>Comes with Hearth</source>
        <translation>In Hearth enthalten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="37"/>
        <source>{model}  —  your file</source>
        <translation>{model}  —  Ihre Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="39"/>
        <source>{model}  —  from {app}</source>
        <translation>{model}  —  aus {app}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="103"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="104"/>
        <source>The model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="105"/>
        <source>Other apps</source>
        <translation>Andere Apps</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="106"/>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="124"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="130"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="132"/>
        <source>Hearth shows the new language when it starts again.</source>
        <translation>Hearth zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="144"/>
        <source>Automatic ({count})</source>
        <translation>Automatisch ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="147"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="150"/>
        <source>Automatic uses one thread per physical core. On some small machines fewer threads are faster: try it and watch the tokens/s in the status bar.</source>
        <translation>„Automatisch“ verwendet einen Thread pro physischem Kern. Auf manchen kleinen Geräten sind weniger Threads schneller: Probieren Sie es aus und beobachten Sie die Token/s in der Statusleiste.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="158"/>
        <source>Automatic (what fits)</source>
        <translation>Automatisch (so viel wie passt)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="160"/>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="162"/>
        <source>Context length:</source>
        <translation>Kontextlänge:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="166"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="167"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="169"/>
        <source>Unload the model when idle for:</source>
        <translation>Modell entladen nach Leerlauf von:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="172"/>
        <source>Let other apps on this computer use the model</source>
        <translation>Anderen Apps auf diesem Computer erlauben, das Modell zu nutzen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="176"/>
        <source>An OpenAI-compatible API at http://127.0.0.1:PORT/v1, reachable only from this computer.</source>
        <translation>Eine OpenAI-kompatible API unter http://127.0.0.1:PORT/v1, nur von diesem Computer aus erreichbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="184"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="186"/>
        <source>apps must send this key (kept in the keyring)</source>
        <translation>Apps müssen diesen Schlüssel senden (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="188"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="197"/>
        <source>Where models are downloaded from. Set a mirror where huggingface.co is slow or blocked.</source>
        <translation>Woher Modelle heruntergeladen werden. Tragen Sie einen Spiegelserver ein, wenn huggingface.co langsam oder gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="201"/>
        <source>Hugging Face address:</source>
        <translation>Adresse von Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="204"/>
        <source>for gated models (optional)</source>
        <translation>für zugangsbeschränkte Modelle (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="205"/>
        <source>Kept in the system keyring, never in Hearth&apos;s files.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in den Dateien von Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="206"/>
        <source>Hugging Face token:</source>
        <translation>Token für Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="207"/>
        <source>Also send my token to this mirror</source>
        <translation>Mein Token auch an diesen Spiegelserver senden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="209"/>
        <source>Off: the token goes to huggingface.co only, never to another address.</source>
        <translation>Aus: Das Token wird nur an huggingface.co gesendet, nie an eine andere Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="213"/>
        <source>Use models other apps keep on this computer</source>
        <translation>Modelle anderer Apps auf diesem Computer verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="215"/>
        <source>LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.</source>
        <translation>LM Studio, GPT4All, Jan, Ollama und der Cache von Hugging Face; die Dateien werden an ihrem Speicherort verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="231"/>
        <source>saved in your system&apos;s keyring</source>
        <translation>im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="60"/>
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="65"/>
        <source>Type a message below to start a chat.
Everything stays on this computer.</source>
        <translation>Geben Sie unten eine Nachricht ein, um einen Chat zu beginnen.
Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="88"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="104"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="105"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>1 token</source>
        <translation>1 Token</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="130"/>
        <source>{speed:.1f} tokens/s</source>
        <translation>{speed:.1f} Token/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="132"/>
        <source>first token {ms:.0f} ms</source>
        <translation>erstes Token nach {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="134"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="136"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="138"/>
        <source>cut at its length limit</source>
        <translation>an der Längenbegrenzung abgeschnitten</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="69"/>
        <source>Runs fully on your GPU — about {rate} tokens/s</source>
        <translation>Läuft vollständig auf Ihrer GPU — etwa {rate} Token/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="73"/>
        <source>Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s</source>
        <translation>Teilweise GPU-Auslagerung ({layers} von {total} Schichten) — etwa {rate} Token/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="77"/>
        <source>Runs on CPU — about {rate} tokens/s</source>
        <translation>Läuft auf der CPU — etwa {rate} Token/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="79"/>
        <source>Too large — needs {need} GB, you have {have} GB</source>
        <translation>Zu groß — benötigt {need} GB, vorhanden: {have} GB</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="86"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="102"/>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="110"/>
        <source>Hearth runs AI chat models on this computer. What you write stays here, and a model on this computer works without the internet.</source>
        <translation>Hearth führt KI-Chatmodelle auf diesem Computer aus. Was Sie schreiben, bleibt hier, und ein Modell auf diesem Computer funktioniert ohne Internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="119"/>
        <source>What Hearth found on this computer</source>
        <translation>Was Hearth auf diesem Computer gefunden hat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="126"/>
        <source>Looking at this computer…</source>
        <translation>Dieser Computer wird untersucht…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="133"/>
        <source>Hearth also found a model already on this computer; you can choose it from the Model list.</source>
        <translation>Hearth hat außerdem ein Modell gefunden, das bereits auf diesem Computer liegt; Sie können es in der Modellliste auswählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="138"/>
        <source>Hearth also found %n models already on this computer; you can choose them from the Model list.</source>
        <translation>
            <numerusform>Hearth hat außerdem %n Modell gefunden, das bereits auf diesem Computer liegt; Sie können es in der Modellliste auswählen.</numerusform>
            <numerusform>Hearth hat außerdem %n Modelle gefunden, die bereits auf diesem Computer liegen; Sie können sie in der Modellliste auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="151"/>
        <source>Recommended first model</source>
        <translation>Empfohlenes erstes Modell</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="153"/>
        <source>Working out which model suits it…</source>
        <translation>Es wird ermittelt, welches Modell passt…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="160"/>
        <source>Discover models, at the top of the window, lists more and says how each runs here.</source>
        <translation>„Modelle entdecken“ oben im Fenster zeigt weitere Modelle und wie gut jedes hier läuft.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="182"/>
        <source>Start chatting now with the small built-in model</source>
        <translation>Jetzt mit dem kleinen integrierten Modell chatten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="185"/>
        <source>{name} is ready now and works without the internet. It is small and simple: fine for trying Hearth, but do not rely on its answers.</source>
        <translation>{name} ist sofort bereit und funktioniert ohne Internet. Es ist klein und einfach: gut zum Ausprobieren von Hearth, aber verlassen Sie sich nicht auf seine Antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="193"/>
        <source>Start chatting now with {name}</source>
        <translation>Jetzt mit {name} chatten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="195"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="300"/>
        <source>It is already on this computer.</source>
        <translation>Es ist bereits auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="197"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="199"/>
        <source>You can get a model later from Discover models.</source>
        <translation>Sie können später unter „Modelle entdecken“ ein Modell herunterladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="221"/>
        <source>Hearth could not finish looking at this computer: {error}</source>
        <translation>Hearth konnte die Untersuchung dieses Computers nicht abschließen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="227"/>
        <source>Without that, Hearth cannot recommend a model yet. You can start with the built-in model now and look for others later under Discover models.</source>
        <translation>Ohne diese Angaben kann Hearth noch kein Modell empfehlen. Sie können jetzt mit dem integrierten Modell beginnen und später unter „Modelle entdecken“ nach weiteren suchen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="235"/>
        <source>Unknown processor</source>
        <translation>Unbekannter Prozessor</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="237"/>
        <source>{name}, one core</source>
        <translation>{name}, ein Kern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="239"/>
        <source>{name}, %n cores</source>
        <translation>
            <numerusform>{name}, %n Kern</numerusform>
            <numerusform>{name}, %n Kerne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="240"/>
        <source>Processor:</source>
        <translation>Prozessor:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="242"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="244"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="246"/>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="250"/>
        <source>None that Hearth can use; models run on the processor.</source>
        <translation>Keine, die Hearth verwenden kann; Modelle laufen auf dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="252"/>
        <source>{gpus} (Hearth runs models on the processor here)</source>
        <translation>{gpus} (Hearth führt Modelle hier auf dem Prozessor aus)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="257"/>
        <source>Graphics:</source>
        <translation>Grafik:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="266"/>
        <source>{name}, sharing the main memory</source>
        <translation>{name}, teilt sich den Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="268"/>
        <source>{name}, built in</source>
        <translation>{name}, integriert</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="269"/>
        <source>{name} with {size} GB of its own memory</source>
        <translation>{name} mit {size} GB eigenem Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="278"/>
        <source>This computer has little memory or speed to spare for chat models, so the built-in model is the best fit for it. It is small, but it works, even without the internet.</source>
        <translation>Dieser Computer hat wenig Speicher oder Leistung für Chatmodelle übrig, daher passt das integrierte Modell am besten. Es ist klein, aber es funktioniert, sogar ohne Internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="286"/>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="289"/>
        <source>Estimated {rate} tokens per second (a token is a word or part of one)</source>
        <translation>Geschätzt: {rate} Token pro Sekunde (ein Token ist ein Wort oder ein Teil davon)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="293"/>
        <source>Speed here:</source>
        <translation>Geschwindigkeit hier:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="294"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="298"/>
        <source>Start chatting with {name}</source>
        <translation>Mit {name} chatten</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="305"/>
        <source>Download {name} ({size})</source>
        <translation>{name} herunterladen ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="311"/>
        <source>It is ready to chat when the download finishes. Meanwhile you can already chat with the built-in model.</source>
        <translation>Sobald der Download abgeschlossen ist, können Sie damit chatten. Bis dahin können Sie bereits mit dem integrierten Modell chatten.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="320"/>
        <source>about one word per second</source>
        <translation>etwa ein Wort pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="322"/>
        <source>about %n words per second</source>
        <translation>
            <numerusform>etwa %n Wort pro Sekunde</numerusform>
            <numerusform>etwa %n Wörter pro Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="324"/>
        <source>faster than you can read</source>
        <translation>schneller, als Sie lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="326"/>
        <source>about as fast as you read</source>
        <translation>etwa so schnell, wie Sie lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="328"/>
        <source>slower than you read, so long answers take a while</source>
        <translation>langsamer, als Sie lesen; lange Antworten dauern also eine Weile</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="329"/>
        <source>{rate}, {pace}</source>
        <translation>{rate}, {pace}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="336"/>
        <source>It fits in this computer&apos;s shared memory, with {spare} GB to spare.</source>
        <translation>Es passt in den gemeinsamen Speicher dieses Computers und lässt {spare} GB frei.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="339"/>
        <source>It fits on your graphics card, with {spare} GB to spare.</source>
        <translation>Es passt auf Ihre Grafikkarte und lässt {spare} GB frei.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="342"/>
        <source>Most of it runs on your graphics card, the rest on the processor.</source>
        <translation>Der Großteil läuft auf Ihrer Grafikkarte, der Rest auf dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="346"/>
        <source>It runs on the processor and leaves {spare} GB of memory for other programs.</source>
        <translation>Es läuft auf dem Prozessor und lässt {spare} GB Arbeitsspeicher für andere Programme frei.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="351"/>
        <source>Of the models that answer quickly here, it is the best for everyday chat.</source>
        <translation>Von den Modellen, die hier schnell antworten, ist es das beste für alltägliche Chats.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="354"/>
        <source>Of the models that run here, it is the best for everyday chat.</source>
        <translation>Von den Modellen, die hier laufen, ist es das beste für alltägliche Chats.</translation>
    </message>
</context>
</TS>
