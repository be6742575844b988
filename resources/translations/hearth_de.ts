<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="180"/>
        <source>Your message will be sent when {model} has loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="190"/>
        <source>{model} reloads to apply this conversation&apos;s thinking setting; your message is sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="236"/>
        <source>The conversation is longer than this model can read at once: the oldest {n} messages were left out of what it sees (they are still here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="245"/>
        <source>Waiting for another app&apos;s request to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="292"/>
        <source>stopped before the first word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="294"/>
        <source>interrupted before the first word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="304"/>
        <source>{model} — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="412"/>
        <source>Edit your message and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_input.py" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="13"/>
        <source>How much of the model&apos;s context this chat uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="21"/>
        <source>{used} / {total} tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="62"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="95"/>
        <source>Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="103"/>
        <source>{title} — Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="129"/>
        <source>Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="130"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="152"/>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="172"/>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="184"/>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="186"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="199"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="200"/>
        <source>The chat could not be saved to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="205"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="35"/>
        <source>&lt;b&gt;This conversation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="36"/>
        <source>System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="38"/>
        <source>How the model should behave (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="43"/>
        <source>Precise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="44"/>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="45"/>
        <source>Creative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="46"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="47"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="49"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="51"/>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="54"/>
        <source>Top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="56"/>
        <source>Min-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="58"/>
        <source>Repeat penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="61"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="62"/>
        <source>Max reply tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="65"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="66"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="70"/>
        <source>App default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="71"/>
        <source>Context length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="75"/>
        <source>Reasoning models can think before they answer: slower, often better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="77"/>
        <source>Thinking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="100"/>
        <source>Model&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="102"/>
        <source>Think first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="103"/>
        <source>Answer directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="104"/>
        <source>Think briefly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="105"/>
        <source>Think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="106"/>
        <source>Think hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="42"/>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="74"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="46"/>
        <source>Search chats (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="85"/>
        <source>No chats match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="117"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="122"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="124"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="60"/>
        <source>Something went wrong inside Hearth. Your conversation is still here.
The details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="270"/>
        <source>Show the best for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="273"/>
        <source>General chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="274"/>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="275"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="276"/>
        <source>Many languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="281"/>
        <source>Only models that run here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="285"/>
        <source>Looking at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="306"/>
        <source>Working out what runs on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="321"/>
        <source>The model catalog could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="134"/>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="184"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="137"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="163"/>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="167"/>
        <source>about {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="168"/>
        <source>about {hours} h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="186"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="202"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="215"/>
        <source>part {part} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="220"/>
        <source>{speed}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="225"/>
        <source>Waiting · {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="227"/>
        <source>Paused · {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="229"/>
        <source>Downloaded and verified · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="231"/>
        <source>Stopped · {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="233"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="34"/>
        <source>Interrupted — trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="35"/>
        <source>Interrupted — retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="40"/>
        <source>Offline — it starts by itself when the network is back (trying now…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="43"/>
        <source>Offline — it starts by itself when the network is back (next try in {seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="48"/>
        <source>Offline — trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="49"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="55"/>
        <source>Hearth cannot reach {host}. It keeps trying and the download goes on by itself when the network is back; what is downloaded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="250"/>
        <source>&lt;b&gt;Downloads&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="251"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="255"/>
        <source>Nothing is downloading. Models you download appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/hearth/ui/draft.py" line="62"/>
        <source>What you type cannot be kept if Hearth closes: saving the draft failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="31"/>
        <source>The model {name} could not be loaded. The file may be incomplete or damaged; downloading it again usually helps. (llama.cpp said: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="35"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="39"/>
        <source>The model stopped working in the middle of the reply. What it wrote so far is kept. Reload the model to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="48"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="52"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then add your Hugging Face token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="60"/>
        <source>{file} arrived damaged and was deleted; it is never used for chat. Resume to download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="68"/>
        <source>{path} is not a complete model file: it may have been cut short while downloading or copying. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="72"/>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="99"/>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="76"/>
        <source>Hearth cannot read the chat history at {path} ({reason}). Your chats are not changed; a backup of the file can be restored there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="85"/>
        <source>The model file {path} is missing. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="88"/>
        <source>{path} is not a model file Hearth can use (it is not in GGUF format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="91"/>
        <source>The model file {path} cannot be read ({detail}). Check that the drive it is on is connected and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="96"/>
        <source>{path} is not a valid model file ({detail}). Download it again, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="101"/>
        <source>This file describes a kind of model Hearth cannot run for chat (architecture {arch}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="104"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="105"/>
        <source>{name} is too large for this computer: it needs {need} GB and there are {have} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="113"/>
        <source>No installed model is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="116"/>
        <source>{name} belongs to {app} (in {folder}); Hearth only uses it where it is. Remove it in {app} to free its space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="121"/>
        <source>{path} is one part of a model split into several files, and some of the other parts are not next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="126"/>
        <source>{name} comes with Hearth and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="131"/>
        <source>The model took longer than {seconds} seconds to load, so loading was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="136"/>
        <source>The model could not answer this message ({detail}). Try sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="139"/>
        <source>The model&apos;s engine refused Hearth&apos;s key. Reload the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="142"/>
        <source>Loading the model was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="144"/>
        <source>Hearth&apos;s list of models is damaged ({where}). Reinstalling Hearth restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="147"/>
        <source>Hearth&apos;s list of models is missing. Reinstalling Hearth restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="151"/>
        <source>The chat history could not be saved or read ({reason}). What is on screen is kept; try again, or check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="156"/>
        <source>The chat history was written by a newer version of Hearth. Update Hearth to open it; nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="162"/>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="165"/>
        <source>This message no longer exists; it may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="168"/>
        <source>This is not a chat exported by Hearth ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="171"/>
        <source>Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="174"/>
        <source>Could not save the chat to {path} ({reason}). Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="180"/>
        <source>The model hub listed a file named {path}, which would be saved outside the models folder, so it was not downloaded. If you set a mirror, it may be broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="185"/>
        <source>{repo} is not a model name on the hub; they look like owner/name (for example bartowski/Llama-3.2-3B-Instruct-GGUF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="190"/>
        <source>There is no model {repo} on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="193"/>
        <source>The model {repo} has no file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="196"/>
        <source>The hub did not accept your Hugging Face token. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="199"/>
        <source>The hub refused access (403). Your token may lack permission, or access may be blocked where you are: try a mirror as the hub address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="204"/>
        <source>The hub is limiting downloads right now. Resume in a few minutes; nothing downloaded so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="209"/>
        <source>The hub had a problem on its side (HTTP {status}). Resume later; nothing downloaded so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="214"/>
        <source>The hub answered with an error (HTTP {status}) for {file}. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="217"/>
        <source>Cannot reach {host}. Check the internet connection, then resume: nothing downloaded so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="222"/>
        <source>Talking to the model hub failed ({detail}). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="225"/>
        <source>{repo} has no model files Hearth can run (GGUF). Look for a version of it whose name ends in -GGUF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="230"/>
        <source>{repo} comes in several versions; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="233"/>
        <source>{repo} has no {quant} version. It has: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="236"/>
        <source>Hearth could not check whether {file} fits this computer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="239"/>
        <source>Not enough free disk space: this model needs {needed} and there is {free} free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="242"/>
        <source>The disk is full. Free some space, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="245"/>
        <source>The download failed ({detail}). Resume it to try again; nothing downloaded so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="250"/>
        <source>{name} is split into several files and some of them are missing on the hub, so it cannot be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="255"/>
        <source>{file} is already being downloaded by another Hearth window or command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="258"/>
        <source>Hearth could not write the download to {folder} ({detail}). Check the free space and that the folder may be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="264"/>
        <source>This computer has no password store Hearth can use, so the token cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="269"/>
        <source>A Hugging Face token is one word without spaces, starting with hf_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="272"/>
        <source>{path} is not a hardware profile saved by Hearth (hearth detect --json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>{n} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="193"/>
        <source>Checking whether it runs here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="195"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="199"/>
        <source>Some parts of this model are missing on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="205"/>
        <source>Could not check whether it runs here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="44"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="48"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="72"/>
        <source>Looking at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="52"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="60"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="84"/>
        <source>Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="86"/>
        <source>{brand} — {cores} cores, {threads} threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="87"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="96"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="93"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="94"/>
        <source>Graphics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="96"/>
        <source>llama.cpp uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="100"/>
        <source>CPU code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="102"/>
        <source>built for {variant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="115"/>
        <source>Not used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="135"/>
        <source>{total} — use unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="139"/>
        <source>{used} used of {total} ({free} available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="235"/>
        <source>Search the hub for GGUF models, e.g. qwen 7b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="238"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="285"/>
        <source>Searching the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="304"/>
        <source>Cannot reach {host}. Check the internet connection; where the hub is slow or blocked, set a mirror as the hub address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="308"/>
        <source>The hub is limiting how often it answers. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="310"/>
        <source>The hub had a problem on its side (HTTP {status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="320"/>
        <source>{n} downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="322"/>
        <source>{facts} · gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="327"/>
        <source>No GGUF models on the hub match “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="341"/>
        <source>Listing the model files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="353"/>
        <source>This repository has no GGUF model files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="123"/>
        <source>Checking {name} on Hugging Face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="140"/>
        <source>{name} is ready to chat with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="152"/>
        <source>Could not look for unfinished downloads: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="160"/>
        <source>Continue {n} unfinished download(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="182"/>
        <source>Add a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="184"/>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="196"/>
        <source>Cannot add this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="201"/>
        <source>Added {name}; it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="216"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="226"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="241"/>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="219"/>
        <source>Delete {name}? This frees {size} on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="224"/>
        <source>Remove {name} from Hearth? The file itself stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="237"/>
        <source>{name} could not be deleted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="245"/>
        <source>Deleted {name}: {size} freed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="127"/>
        <source>Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="158"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="161"/>
        <source>Chat settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="167"/>
        <source>Reload model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="176"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="177"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="178"/>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="187"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="195"/>
        <source>Discover models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="196"/>
        <source>Search Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="197"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="327"/>
        <source>There is no model to chat with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="355"/>
        <source>{model} — stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="398"/>
        <source>Token not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="411"/>
        <source>Could not save settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="62"/>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="67"/>
        <source>&amp;Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="70"/>
        <source>&amp;Export chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="72"/>
        <source>S&amp;top reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="74"/>
        <source>Choose &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="78"/>
        <source>Chat se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="83"/>
        <source>Show the &amp;chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="87"/>
        <source>&amp;Discover models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="93"/>
        <source>Search &amp;Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="98"/>
        <source>Do&amp;wnloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="101"/>
        <source>&amp;Add a model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="105"/>
        <source>Show the model in the &amp;file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="110"/>
        <source>&amp;Delete this model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="112"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="114"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="116"/>
        <source>This &amp;computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="123"/>
        <source>&amp;About Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="125"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="128"/>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="176"/>
        <source>About Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="177"/>
        <source>Hearth {version}
Open language models on your own computer, offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit this message and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Write this reply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="223"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="225"/>
        <source>Thought for {seconds:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="227"/>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="92"/>
        <source>{name}: stopped the self-test with an error ({signal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="96"/>
        <source>{name}: stopped during a reply ({signal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="100"/>
        <source>{name}: computed wrong results in the self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="103"/>
        <source>{name}: did not finish its self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="110"/>
        <source>Your processor could not run llama.cpp&apos;s fastest code ({crashed}, {signal}). Hearth now uses the {now} code and is asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="120"/>
        <source>Your GPU stopped responding during the reply ({reason}). The model now runs on the CPU alone, and Hearth is asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="126"/>
        <source>Your GPU could not load this model ({reason}), so it runs on the CPU alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="131"/>
        <source>Your GPU could not hold all {requested} layers of this model ({reason}). {now} run on the GPU now, the rest on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="138"/>
        <source>Expect about {after} tokens/s instead of {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="149"/>
        <source>on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="150"/>
        <source>the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="152"/>
        <source>all {total} layers on {devices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="155"/>
        <source>{layers} of {total} layers on {devices}, the rest on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="167"/>
        <source>{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="180"/>
        <source>{size} GB download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="181"/>
        <source>licence: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="182"/>
        <source>context {n} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="187"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="190"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="203"/>
        <source>{rate} tokens/s as measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="206"/>
        <source>about {rate} tokens/s (predicted from replies here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="207"/>
        <source>about {rate} tokens/s (predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="217"/>
        <source>fits your {total} GB GPU with {spare} GB to spare, {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="224"/>
        <source>{layers} of {total} layers on your GPU, the rest in RAM, {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="227"/>
        <source>runs on your CPU with {spare} GB of RAM to spare, {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="230"/>
        <source>Recommended: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>Shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="237"/>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="241"/>
        <source>Runs on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="242"/>
        <source>Partly on GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="243"/>
        <source>Runs on CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="244"/>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="137"/>
        <source>No models installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="206"/>
        <source>Loading {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="212"/>
        <source>{model} — ready (loaded in {seconds:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="221"/>
        <source>serving other apps at {url}/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="230"/>
        <source>{model} — not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="237"/>
        <source>{model} was unloaded to free memory; it loads again when you send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="20"/>
        <source>The model you are chatting with (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="33"/>
        <source>Comes with Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="37"/>
        <source>your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="39"/>
        <source>from {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="81"/>
        <source>The model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="82"/>
        <source>Other apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="83"/>
        <source>Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="103"/>
        <source>Automatic ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="106"/>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="109"/>
        <source>Automatic uses one thread per physical core. On some small machines fewer threads are faster: try it and watch the tokens/s in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="118"/>
        <source>Automatic (what fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="120"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="122"/>
        <source>Context length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="126"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="127"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="129"/>
        <source>Unload the model when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="132"/>
        <source>Let other apps on this computer use the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="136"/>
        <source>An OpenAI-compatible API at http://127.0.0.1:PORT/v1, reachable only from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="144"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="146"/>
        <source>apps must send this key (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="148"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="157"/>
        <source>Where models are downloaded from. Set a mirror where huggingface.co is slow or blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="161"/>
        <source>Hugging Face address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="164"/>
        <source>for gated models (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="165"/>
        <source>Kept in the system keyring, never in Hearth&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="166"/>
        <source>Hugging Face token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="167"/>
        <source>Also send my token to this mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="169"/>
        <source>Off: the token goes to huggingface.co only, never to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="173"/>
        <source>Use models other apps keep on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="175"/>
        <source>LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="191"/>
        <source>saved in your system&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="60"/>
        <source>Show earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="65"/>
        <source>Type a message below to start a chat.
Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="88"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="104"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="105"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>{n} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="130"/>
        <source>{speed:.1f} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="132"/>
        <source>first token {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="134"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="136"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="138"/>
        <source>cut at its length limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="69"/>
        <source>Runs fully on your GPU — about {rate} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="73"/>
        <source>Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="77"/>
        <source>Runs on CPU — about {rate} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="79"/>
        <source>Too large — needs {need} GB, you have {have} GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="85"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="101"/>
        <source>Welcome to Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="109"/>
        <source>Hearth runs AI chat models on this computer. What you write stays here, and a model on this computer works without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="118"/>
        <source>What Hearth found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="125"/>
        <source>Looking at this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="132"/>
        <source>Hearth also found a model already on this computer; you can choose it from the Model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="137"/>
        <source>Hearth also found %n models already on this computer; you can choose them from the Model list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="150"/>
        <source>Recommended first model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="152"/>
        <source>Working out which model suits it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="159"/>
        <source>Discover models, at the top of the window, lists more and says how each runs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="181"/>
        <source>Start chatting now with the small built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="184"/>
        <source>{name} is ready now and works without the internet. It is small and simple: fine for trying Hearth, but do not rely on its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="192"/>
        <source>Start chatting now with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="194"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="299"/>
        <source>It is already on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="196"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="198"/>
        <source>You can get a model later from Discover models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="220"/>
        <source>Hearth could not finish looking at this computer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="226"/>
        <source>Without that, Hearth cannot recommend a model yet. You can start with the built-in model now and look for others later under Discover models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="234"/>
        <source>Unknown processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="236"/>
        <source>{name}, one core</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="238"/>
        <source>{name}, %n cores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="239"/>
        <source>Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="241"/>
        <source>{size} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="243"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="245"/>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="249"/>
        <source>None that Hearth can use; models run on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="251"/>
        <source>{gpus} (Hearth runs models on the processor here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="256"/>
        <source>Graphics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="265"/>
        <source>{name}, sharing the main memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="267"/>
        <source>{name}, built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="268"/>
        <source>{name} with {size} GB of its own memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="277"/>
        <source>This computer has little memory or speed to spare for chat models, so the built-in model is the best fit for it. It is small, but it works, even without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="285"/>
        <source>Download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="288"/>
        <source>Estimated {rate} tokens per second (a token is a word or part of one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="292"/>
        <source>Speed here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="293"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="297"/>
        <source>Start chatting with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="304"/>
        <source>Download {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="310"/>
        <source>It is ready to chat when the download finishes. Meanwhile you can already chat with the built-in model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="319"/>
        <source>about one word per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="321"/>
        <source>about %n words per second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="323"/>
        <source>faster than you can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="325"/>
        <source>about as fast as you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="327"/>
        <source>slower than you read, so long answers take a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="328"/>
        <source>{rate}, {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="335"/>
        <source>It fits in this computer&apos;s shared memory, with {spare} GB to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="338"/>
        <source>It fits on your graphics card, with {spare} GB to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="341"/>
        <source>Most of it runs on your graphics card, the rest on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="345"/>
        <source>It runs on the processor and leaves {spare} GB of memory for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="350"/>
        <source>Of the models that answer quickly here, it is the best for everyday chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="353"/>
        <source>Of the models that run here, it is the best for everyday chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
