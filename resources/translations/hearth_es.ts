<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="180"/>
        <source>Your message will be sent when {model} has loaded.</source>
        <translation>Tu mensaje se enviará cuando {model} termine de cargarse.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="190"/>
        <source>{model} reloads to apply this conversation&apos;s thinking setting; your message is sent then.</source>
        <translation>{model} se vuelve a cargar para aplicar el ajuste de razonamiento de esta conversación; tu mensaje se enviará después.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="236"/>
        <source>The conversation is longer than this model can read at once: the oldest {n} messages were left out of what it sees (they are still here).</source>
        <translation>La conversación es más larga de lo que este modelo puede leer de una vez: los {n} mensajes más antiguos quedaron fuera de lo que ve (siguen aquí).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="245"/>
        <source>Waiting for another app&apos;s request to finish…</source>
        <translation>Esperando a que termine la solicitud de otra aplicación…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="292"/>
        <source>stopped before the first word</source>
        <translation>detenida antes de la primera palabra</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="294"/>
        <source>interrupted before the first word</source>
        <translation>interrumpida antes de la primera palabra</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="304"/>
        <source>{model} — ready</source>
        <translation>{model} — listo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="412"/>
        <source>Edit your message and send it again.</source>
        <translation>Edita tu mensaje y vuelve a enviarlo.</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_input.py" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Escribe un mensaje — Enter para enviar, Shift+Enter para una nueva línea</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="13"/>
        <source>How much of the model&apos;s context this chat uses</source>
        <translation>Cuánto del contexto del modelo usa este chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="21"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total} tokens</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="62"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
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
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="130"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="152"/>
        <source>Deleted “{title}”.</source>
        <translation>Se eliminó «{title}».</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="172"/>
        <source>There is nothing to export yet.</source>
        <translation>Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="184"/>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="186"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="199"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="200"/>
        <source>The chat could not be saved to {path}: {error}</source>
        <translation>No se pudo guardar el chat en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="205"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="35"/>
        <source>&lt;b&gt;This conversation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esta conversación&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="36"/>
        <source>System prompt:</source>
        <translation>Instrucciones del sistema:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="38"/>
        <source>How the model should behave (optional)</source>
        <translation>Cómo debe comportarse el modelo (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="43"/>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="44"/>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="45"/>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="46"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="47"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="49"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
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
        <translation>Penalización por repetición:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="61"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="62"/>
        <source>Max reply tokens:</source>
        <translation>Máx. de tokens por respuesta:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="65"/>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="66"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="70"/>
        <source>App default</source>
        <translation>Según la aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="71"/>
        <source>Context length:</source>
        <translation>Longitud de contexto:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="75"/>
        <source>Reasoning models can think before they answer: slower, often better.</source>
        <translation>Los modelos de razonamiento pueden pensar antes de responder: son más lentos, pero a menudo responden mejor.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="77"/>
        <source>Thinking:</source>
        <translation>Razonamiento:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="100"/>
        <source>Model&apos;s default</source>
        <translation>Según el modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="102"/>
        <source>Think first</source>
        <translation>Pensar primero</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="103"/>
        <source>Answer directly</source>
        <translation>Responder directamente</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="104"/>
        <source>Think briefly</source>
        <translation>Pensar poco</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="105"/>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="106"/>
        <source>Think hard</source>
        <translation>Pensar a fondo</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="42"/>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="74"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="46"/>
        <source>Search chats (Ctrl+F)</source>
        <translation>Buscar chats (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="85"/>
        <source>No chats match</source>
        <translation>Ningún chat coincide</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="117"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Pin to top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="122"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="124"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="60"/>
        <source>Something went wrong inside Hearth. Your conversation is still here.
The details were written to {log}.</source>
        <translation>Algo salió mal dentro de Hearth. Tu conversación sigue aquí.
Los detalles se guardaron en {log}.</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="270"/>
        <source>Show the best for:</source>
        <translation>Mostrar lo mejor para:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="273"/>
        <source>General chat</source>
        <translation>Chat general</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="274"/>
        <source>Coding</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="275"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="276"/>
        <source>Many languages</source>
        <translation>Varios idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="281"/>
        <source>Only models that run here</source>
        <translation>Solo modelos que funcionan aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="285"/>
        <source>Looking at this computer…</source>
        <translation>Analizando este equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="306"/>
        <source>Working out what runs on this computer…</source>
        <translation>Calculando qué funciona en este equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="321"/>
        <source>The model catalog could not be read: {error}</source>
        <translation>No se pudo leer el catálogo de modelos: {error}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="134"/>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="184"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="163"/>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="167"/>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="168"/>
        <source>about {hours} h left</source>
        <translation>quedan unas {hours} h</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="186"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="202"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="215"/>
        <source>part {part} of {count}</source>
        <translation>parte {part} de {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="220"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="225"/>
        <source>Waiting · {sizes}</source>
        <translation>En espera · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="227"/>
        <source>Paused · {sizes}</source>
        <translation>En pausa · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="229"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Descargada y verificada · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="231"/>
        <source>Stopped · {sizes}</source>
        <translation>Detenida · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="233"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="34"/>
        <source>Interrupted — trying again…</source>
        <translation>Interrumpida — reintentando…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="35"/>
        <source>Interrupted — retrying in {seconds} s</source>
        <translation>Interrumpida — nuevo intento en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="40"/>
        <source>Offline — it starts by itself when the network is back (trying now…)</source>
        <translation>Sin conexión — empezará sola cuando vuelva la red (intentando ahora…)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="43"/>
        <source>Offline — it starts by itself when the network is back (next try in {seconds} s)</source>
        <translation>Sin conexión — empezará sola cuando vuelva la red (próximo intento en {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="48"/>
        <source>Offline — trying again…</source>
        <translation>Sin conexión — reintentando…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="49"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Sin conexión — nuevo intento en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="55"/>
        <source>Hearth cannot reach {host}. It keeps trying and the download goes on by itself when the network is back; what is downloaded so far is kept.</source>
        <translation>Hearth no puede conectar con {host}. Lo sigue intentando y la descarga continuará sola cuando vuelva la red; lo descargado hasta ahora se conserva.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="250"/>
        <source>&lt;b&gt;Downloads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Descargas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="251"/>
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="255"/>
        <source>Nothing is downloading. Models you download appear here.</source>
        <translation>No hay nada descargándose. Los modelos que descargues aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/hearth/ui/draft.py" line="62"/>
        <source>What you type cannot be kept if Hearth closes: saving the draft failed ({error}).</source>
        <translation>Lo que escribes no se podrá conservar si Hearth se cierra: no se pudo guardar el borrador ({error}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="31"/>
        <source>The model {name} could not be loaded. The file may be incomplete or damaged; downloading it again usually helps. (llama.cpp said: {reason})</source>
        <translation>No se pudo cargar el modelo {name}. Puede que el archivo esté incompleto o dañado; volver a descargarlo suele solucionarlo. (llama.cpp dijo: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="35"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="39"/>
        <source>The model stopped working in the middle of the reply. What it wrote so far is kept. Reload the model to go on.</source>
        <translation>El modelo dejó de funcionar en mitad de la respuesta. Lo que escribió hasta ese momento se conserva. Recarga el modelo para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="48"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then try again.</source>
        <translation>Este modelo tiene acceso restringido: acepta la licencia en la página del modelo ({url}) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="52"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then add your Hugging Face token in Settings.</source>
        <translation>Este modelo tiene acceso restringido: acepta la licencia en la página del modelo ({url}) y después añade tu token de Hugging Face en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="60"/>
        <source>{file} arrived damaged and was deleted; it is never used for chat. Resume to download it again.</source>
        <translation>{file} llegó dañado y se eliminó; nunca se usa para chatear. Reanuda para volver a descargarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="68"/>
        <source>{path} is not a complete model file: it may have been cut short while downloading or copying. Download it again.</source>
        <translation>{path} no es un archivo de modelo completo: puede que se cortara durante la descarga o la copia. Vuelve a descargarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="72"/>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="99"/>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="76"/>
        <source>Hearth cannot read the chat history at {path} ({reason}). Your chats are not changed; a backup of the file can be restored there.</source>
        <translation>Hearth no puede leer el historial de chats en {path} ({reason}). Tus chats no se han modificado; puedes restaurar allí una copia de seguridad del archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="85"/>
        <source>The model file {path} is missing. It may have been moved or deleted.</source>
        <translation>Falta el archivo de modelo {path}. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="88"/>
        <source>{path} is not a model file Hearth can use (it is not in GGUF format).</source>
        <translation>{path} no es un archivo de modelo que Hearth pueda usar (no está en formato GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="91"/>
        <source>The model file {path} cannot be read ({detail}). Check that the drive it is on is connected and that you may read it.</source>
        <translation>No se puede leer el archivo de modelo {path} ({detail}). Comprueba que la unidad en la que está esté conectada y que tengas permiso de lectura.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="96"/>
        <source>{path} is not a valid model file ({detail}). Download it again, or choose another.</source>
        <translation>{path} no es un archivo de modelo válido ({detail}). Vuelve a descargarlo o elige otro.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="101"/>
        <source>This file describes a kind of model Hearth cannot run for chat (architecture {arch}).</source>
        <translation>Este archivo describe un tipo de modelo que Hearth no puede ejecutar para chatear (arquitectura {arch}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="104"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="105"/>
        <source>{name} is too large for this computer: it needs {need} GB and there are {have} GB.</source>
        <translation>{name} es demasiado grande para este equipo: necesita {need} GB y hay {have} GB.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="113"/>
        <source>No installed model is called {name}.</source>
        <translation>No hay ningún modelo instalado llamado {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="116"/>
        <source>{name} belongs to {app} (in {folder}); Hearth only uses it where it is. Remove it in {app} to free its space.</source>
        <translation>{name} pertenece a {app} (en {folder}); Hearth solo lo usa donde está. Elimínalo en {app} para liberar su espacio.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="121"/>
        <source>{path} is one part of a model split into several files, and some of the other parts are not next to it.</source>
        <translation>{path} es una parte de un modelo dividido en varios archivos, y algunas de las otras partes no están junto a ella.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="126"/>
        <source>{name} comes with Hearth and cannot be deleted.</source>
        <translation>{name} viene con Hearth y no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="131"/>
        <source>The model took longer than {seconds} seconds to load, so loading was stopped.</source>
        <translation>El modelo tardó más de {seconds} segundos en cargarse, así que se detuvo la carga.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="136"/>
        <source>The model could not answer this message ({detail}). Try sending it again.</source>
        <translation>El modelo no pudo responder a este mensaje ({detail}). Prueba a enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="139"/>
        <source>The model&apos;s engine refused Hearth&apos;s key. Reload the model.</source>
        <translation>El motor del modelo rechazó la clave de Hearth. Recarga el modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="142"/>
        <source>Loading the model was cancelled.</source>
        <translation>Se canceló la carga del modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="144"/>
        <source>Hearth&apos;s list of models is damaged ({where}). Reinstalling Hearth restores it.</source>
        <translation>La lista de modelos de Hearth está dañada ({where}). Reinstalar Hearth la restaura.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="147"/>
        <source>Hearth&apos;s list of models is missing. Reinstalling Hearth restores it.</source>
        <translation>Falta la lista de modelos de Hearth. Reinstalar Hearth la restaura.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="151"/>
        <source>The chat history could not be saved or read ({reason}). What is on screen is kept; try again, or check the free disk space.</source>
        <translation>No se pudo guardar o leer el historial de chats ({reason}). Lo que ves en pantalla se conserva; vuelve a intentarlo o comprueba el espacio libre en disco.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="156"/>
        <source>The chat history was written by a newer version of Hearth. Update Hearth to open it; nothing in it was changed.</source>
        <translation>El historial de chats lo escribió una versión más reciente de Hearth. Actualiza Hearth para abrirlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="162"/>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <translation>Esta conversación ya no existe; puede que se haya eliminado en otra ventana.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="165"/>
        <source>This message no longer exists; it may have been deleted in another window.</source>
        <translation>Este mensaje ya no existe; puede que se haya eliminado en otra ventana.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="168"/>
        <source>This is not a chat exported by Hearth ({reason}).</source>
        <translation>Esto no es un chat exportado por Hearth ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="171"/>
        <source>Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those.</source>
        <translation>Hearth puede guardar un chat como Markdown (.md) o JSON (.json): elige uno de esos formatos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="174"/>
        <source>Could not save the chat to {path} ({reason}). Choose another folder or file name.</source>
        <translation>No se pudo guardar el chat en {path} ({reason}). Elige otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="180"/>
        <source>The model hub listed a file named {path}, which would be saved outside the models folder, so it was not downloaded. If you set a mirror, it may be broken.</source>
        <translation>El hub de modelos indicó un archivo llamado {path}, que se guardaría fuera de la carpeta de modelos, así que no se descargó. Si configuraste un espejo, puede que no funcione bien.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="185"/>
        <source>{repo} is not a model name on the hub; they look like owner/name (for example bartowski/Llama-3.2-3B-Instruct-GGUF).</source>
        <translation>{repo} no es un nombre de modelo del hub; tienen la forma propietario/nombre (por ejemplo, bartowski/Llama-3.2-3B-Instruct-GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="190"/>
        <source>There is no model {repo} on {host}.</source>
        <translation>No existe el modelo {repo} en {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="193"/>
        <source>The model {repo} has no file {file}.</source>
        <translation>El modelo {repo} no tiene ningún archivo {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="196"/>
        <source>The hub did not accept your Hugging Face token. Check it in Settings.</source>
        <translation>El hub no aceptó tu token de Hugging Face. Revísalo en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="199"/>
        <source>The hub refused access (403). Your token may lack permission, or access may be blocked where you are: try a mirror as the hub address in Settings.</source>
        <translation>El hub denegó el acceso (403). Puede que tu token no tenga permiso o que el acceso esté bloqueado donde estás: prueba a usar un espejo como dirección del hub en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="204"/>
        <source>The hub is limiting downloads right now. Resume in a few minutes; nothing downloaded so far is lost.</source>
        <translation>El hub está limitando las descargas en este momento. Reanuda dentro de unos minutos; no se pierde nada de lo descargado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="209"/>
        <source>The hub had a problem on its side (HTTP {status}). Resume later; nothing downloaded so far is lost.</source>
        <translation>El hub tuvo un problema por su parte (HTTP {status}). Reanuda más tarde; no se pierde nada de lo descargado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="214"/>
        <source>The hub answered with an error (HTTP {status}) for {file}. Try again later.</source>
        <translation>El hub respondió con un error (HTTP {status}) para {file}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="217"/>
        <source>Cannot reach {host}. Check the internet connection, then resume: nothing downloaded so far is lost.</source>
        <translation>No se puede conectar con {host}. Comprueba la conexión a internet y después reanuda: no se pierde nada de lo descargado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="222"/>
        <source>Talking to the model hub failed ({detail}). Try again in a moment.</source>
        <translation>Falló la comunicación con el hub de modelos ({detail}). Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="225"/>
        <source>{repo} has no model files Hearth can run (GGUF). Look for a version of it whose name ends in -GGUF.</source>
        <translation>{repo} no tiene archivos de modelo que Hearth pueda ejecutar (GGUF). Busca una versión cuyo nombre termine en -GGUF.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="230"/>
        <source>{repo} comes in several versions; choose one of: {choices}.</source>
        <translation>{repo} tiene varias versiones; elige una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="233"/>
        <source>{repo} has no {quant} version. It has: {choices}.</source>
        <translation>{repo} no tiene versión {quant}. Tiene estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="236"/>
        <source>Hearth could not check whether {file} fits this computer. Try again in a moment.</source>
        <translation>Hearth no pudo comprobar si {file} cabe en este equipo. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="239"/>
        <source>Not enough free disk space: this model needs {needed} and there is {free} free.</source>
        <translation>No hay suficiente espacio libre en disco: este modelo necesita {needed} y hay {free} libres.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="242"/>
        <source>The disk is full. Free some space, then resume.</source>
        <translation>El disco está lleno. Libera espacio y después reanuda.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="245"/>
        <source>The download failed ({detail}). Resume it to try again; nothing downloaded so far is lost.</source>
        <translation>La descarga falló ({detail}). Reanúdala para volver a intentarlo; no se pierde nada de lo descargado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="250"/>
        <source>{name} is split into several files and some of them are missing on the hub, so it cannot be downloaded.</source>
        <translation>{name} está dividido en varios archivos y faltan algunos en el hub, así que no se puede descargar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="255"/>
        <source>{file} is already being downloaded by another Hearth window or command.</source>
        <translation>Otra ventana u otro comando de Hearth ya está descargando {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="258"/>
        <source>Hearth could not write the download to {folder} ({detail}). Check the free space and that the folder may be written to.</source>
        <translation>Hearth no pudo escribir la descarga en {folder} ({detail}). Comprueba el espacio libre y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="264"/>
        <source>This computer has no password store Hearth can use, so the token cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).</source>
        <translation>Este equipo no tiene un almacén de contraseñas que Hearth pueda usar, así que no se puede guardar el token. En Linux, instala y desbloquea un llavero compatible con Secret Service (GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="269"/>
        <source>A Hugging Face token is one word without spaces, starting with hf_.</source>
        <translation>Un token de Hugging Face es una sola palabra sin espacios que empieza por hf_.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="272"/>
        <source>{path} is not a hardware profile saved by Hearth (hearth detect --json).</source>
        <translation>{path} no es un perfil de hardware guardado por Hearth (hearth detect --json).</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>%n parts</source>
        <translation>
            <numerusform>%n parte</numerusform>
            <numerusform>%n partes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="193"/>
        <source>Checking whether it runs here…</source>
        <translation>Comprobando si funciona aquí…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="195"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="199"/>
        <source>Some parts of this model are missing on the hub.</source>
        <translation>Faltan algunas partes de este modelo en el hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="205"/>
        <source>Could not check whether it runs here: {reason}</source>
        <translation>No se pudo comprobar si funciona aquí: {reason}</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="32"/>
        <source>Hearth runs models through Vulkan, which is slower.</source>
        <translation>Hearth ejecuta los modelos mediante Vulkan, que es más lento.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="33"/>
        <source>Hearth runs models on the processor only.</source>
        <translation>Hearth ejecuta los modelos solo en el procesador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="40"/>
        <source>To use it: {command}</source>
        <translation>Para usarla: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="43"/>
        <source>Install &quot;Hearth for NVIDIA&quot; from the download page: it uses your GPU through CUDA (an up-to-date NVIDIA driver is needed).</source>
        <translation>Instala «Hearth for NVIDIA» desde la página de descargas: usa tu GPU mediante CUDA (se necesita un controlador de NVIDIA actualizado).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="49"/>
        <source>The Apple Silicon download of Hearth uses it through Metal.</source>
        <translation>La descarga de Hearth para Apple Silicon la usa mediante Metal.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="50"/>
        <source>Hearth uses it through Vulkan: install your graphics driver&apos;s Vulkan support (on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth.</source>
        <translation>Hearth la usa mediante Vulkan: instala la compatibilidad con Vulkan de tu controlador gráfico (en Debian y Ubuntu: mesa-vulkan-drivers) y luego reinicia Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="58"/>
        <source>Your {gpu} is not used: this llama.cpp build has no {backend} backend, so models run on the processor only.</source>
        <translation>Tu {gpu} no se usa: esta compilación de llama.cpp no tiene backend de {backend}, así que los modelos se ejecutan solo en el procesador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="64"/>
        <source>On integrated graphics the gain over the processor is often small.</source>
        <translation>Con gráficos integrados, la mejora respecto al procesador suele ser pequeña.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="71"/>
        <source>Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon Mac, which is much slower and cannot use the GPU. Install the Apple Silicon (arm64) version of Hearth.</source>
        <translation>Hearth se está ejecutando como programa Intel (x86_64) mediante Rosetta en un Mac con Apple Silicon, lo que es mucho más lento y no permite usar la GPU. Instala la versión de Hearth para Apple Silicon (arm64).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="77"/>
        <source>The NVIDIA driver did not answer ({reason}). If the driver was updated recently, restart the computer.</source>
        <translation>El controlador de NVIDIA no respondió ({reason}). Si el controlador se actualizó hace poco, reinicia el equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="82"/>
        <source>llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet.</source>
        <translation>llama.cpp (el paquete llama-cpp-python) no está instalado, así que todavía no se pueden ejecutar modelos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="86"/>
        <source>Hearth could not ask llama.cpp which devices it can use ({reason}); it assumes the processor only.</source>
        <translation>Hearth no pudo preguntar a llama.cpp qué dispositivos puede usar ({reason}); da por hecho que solo puede usar el procesador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="92"/>
        <source>llama.cpp can use {seen} of your {total} {vendor} GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES or GGML_VK_VISIBLE_DEVICES.</source>
        <translation>llama.cpp puede usar {seen} de tus {total} GPU de {vendor}. Puede que las demás estén ocultas por CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES o GGML_VK_VISIBLE_DEVICES.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="97"/>
        <source>Your NVIDIA driver ({driver}) is too old for CUDA 12, which needs {needed} or newer. {fallback} Update the NVIDIA driver to use your {gpu} fully.</source>
        <translation>Tu controlador de NVIDIA ({driver}) es demasiado antiguo para CUDA 12, que necesita la versión {needed} o posterior. {fallback} Actualiza el controlador de NVIDIA para aprovechar al máximo tu {gpu}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="107"/>
        <source>CUDA could not start on your {gpu}. {fallback} Updating the NVIDIA driver and restarting the computer usually fixes this.</source>
        <translation>CUDA no pudo iniciarse en tu {gpu}. {fallback} Normalmente se soluciona actualizando el controlador de NVIDIA y reiniciando el equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="112"/>
        <source>A {vendor} graphics card was found (PCI {slot}) but no driver is loaded for it, so it cannot be used. Install the {vendor} driver.</source>
        <translation>Se encontró una tarjeta gráfica de {vendor} (PCI {slot}), pero no tiene ningún controlador cargado, así que no se puede usar. Instala el controlador de {vendor}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="117"/>
        <source>Your NVIDIA graphics card (PCI {slot}) runs the open-source nouveau driver, which cannot run models. Install NVIDIA&apos;s own driver to use it.</source>
        <translation>Tu tarjeta gráfica NVIDIA (PCI {slot}) usa el controlador de código abierto nouveau, que no puede ejecutar modelos. Instala el controlador propio de NVIDIA para usarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="122"/>
        <source>Memory is shared between the processor and the GPU: models on the GPU can use up to {gpu} GB of your {ram} GB (Metal&apos;s limit, which `sudo sysctl iogpu.wired_limit_mb=...` can raise).</source>
        <translation>La memoria se comparte entre el procesador y la GPU: los modelos en la GPU pueden usar hasta {gpu} GB de tus {ram} GB (el límite de Metal, que se puede aumentar con `sudo sysctl iogpu.wired_limit_mb=...`).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="128"/>
        <source>The {gpu} shares system memory: {reserved} GB is reserved for it and it can map up to {shared} GB more.</source>
        <translation>La {gpu} comparte la memoria del sistema: tiene {reserved} GB reservados y puede usar hasta {shared} GB más.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="137"/>
        <source>Your processor has no AVX2 instructions, so models run several times slower on it than on recent processors.</source>
        <translation>Tu procesador no tiene instrucciones AVX2, así que los modelos se ejecutan en él varias veces más lento que en procesadores recientes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="142"/>
        <source>Some hardware could not be read ({probes}); recommendations may be less accurate. Details are in Hearth&apos;s log.</source>
        <translation>No se pudo leer parte del hardware ({probes}); puede que las recomendaciones sean menos precisas. Encontrarás los detalles en el registro de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="147"/>
        <source>Hearth could not read this computer&apos;s hardware; see Hearth&apos;s log.</source>
        <translation>Hearth no pudo leer el hardware de este equipo; consulta el registro de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="160"/>
        <source>System memory (RAM)</source>
        <translation>Memoria del sistema (RAM)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="161"/>
        <source>Unified memory</source>
        <translation>Memoria unificada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="163"/>
        <source>{gpu} (GPU share)</source>
        <translation>{gpu} (parte de la GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="164"/>
        <source>{gpu} (shared memory)</source>
        <translation>{gpu} (memoria compartida)</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="45"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="49"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="73"/>
        <source>Looking at this computer…</source>
        <translation>Analizando este equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="53"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="61"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="85"/>
        <source>Processor:</source>
        <translation>Procesador:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="87"/>
        <source>{brand} — {cores} cores, {threads} threads</source>
        <translation>{brand} — {cores} núcleos, {threads} hilos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="88"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="94"/>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="95"/>
        <source>Graphics:</source>
        <translation>Gráficos:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>llama.cpp uses:</source>
        <translation>llama.cpp usa:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="101"/>
        <source>CPU code:</source>
        <translation>Código de CPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="103"/>
        <source>built for {variant}</source>
        <translation>compilado para {variant}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="116"/>
        <source>Not used:</source>
        <translation>Sin usar:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="136"/>
        <source>{total} — use unknown</source>
        <translation>{total} — uso desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="140"/>
        <source>{used} used of {total} ({free} available)</source>
        <translation>{used} usados de {total} ({free} disponibles)</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="235"/>
        <source>Search the hub for GGUF models, e.g. qwen 7b</source>
        <translation>Busca modelos GGUF en el hub, p. ej., qwen 7b</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="238"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="285"/>
        <source>Searching the hub…</source>
        <translation>Buscando en el hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="304"/>
        <source>Cannot reach {host}. Check the internet connection; where the hub is slow or blocked, set a mirror as the hub address in Settings.</source>
        <translation>No se puede conectar con {host}. Comprueba la conexión a internet; si el hub va lento o está bloqueado, configura un espejo como dirección del hub en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="308"/>
        <source>The hub is limiting how often it answers. Try again in a few minutes.</source>
        <translation>El hub está limitando la frecuencia de sus respuestas. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="310"/>
        <source>The hub had a problem on its side (HTTP {status}). Try again later.</source>
        <translation>El hub tuvo un problema por su parte (HTTP {status}). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="321"/>
        <source>1 download</source>
        <translation>1 descarga</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="323"/>
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln descarga</numerusform>
            <numerusform>%Ln descargas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="326"/>
        <source>{facts} · gated</source>
        <translation>{facts} · acceso restringido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="331"/>
        <source>No GGUF models on the hub match “{query}”.</source>
        <translation>Ningún modelo GGUF del hub coincide con «{query}».</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="345"/>
        <source>Listing the model files…</source>
        <translation>Listando los archivos del modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="357"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Este repositorio no tiene archivos de modelo GGUF.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="123"/>
        <source>Checking {name} on Hugging Face…</source>
        <translation>Comprobando {name} en Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="140"/>
        <source>{name} is ready to chat with.</source>
        <translation>{name} está listo para chatear.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="152"/>
        <source>Could not look for unfinished downloads: {error}</source>
        <translation>No se pudieron buscar descargas sin terminar: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="161"/>
        <source>Continue the unfinished download</source>
        <translation>Continuar la descarga sin terminar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/library_ui.py" line="163"/>
        <source>Continue %n unfinished downloads</source>
        <translation>
            <numerusform>Continuar %n descarga sin terminar</numerusform>
            <numerusform>Continuar %n descargas sin terminar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="185"/>
        <source>Add a model file</source>
        <translation>Añadir un archivo de modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="187"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="199"/>
        <source>Cannot add this file</source>
        <translation>No se puede añadir este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="204"/>
        <source>Added {name}; it stays where it is.</source>
        <translation>Se añadió {name}; el archivo se queda donde está.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="219"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="229"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="244"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="222"/>
        <source>Delete {name}? This frees {size} on disk.</source>
        <translation>¿Eliminar {name}? Se liberarán {size} en disco.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="227"/>
        <source>Remove {name} from Hearth? The file itself stays where it is.</source>
        <translation>¿Quitar {name} de Hearth? El archivo en sí se queda donde está.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="240"/>
        <source>{name} could not be deleted: {error}</source>
        <translation>No se pudo eliminar {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="248"/>
        <source>Deleted {name}: {size} freed.</source>
        <translation>Se eliminó {name}: {size} liberados.</translation>
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
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="161"/>
        <source>Chat settings</source>
        <translation>Ajustes del chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="167"/>
        <source>Reload model</source>
        <translation>Recargar modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="176"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="177"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="178"/>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="187"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="195"/>
        <source>Discover models</source>
        <translation>Descubrir modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="196"/>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="197"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="327"/>
        <source>There is no model to chat with yet.</source>
        <translation>Todavía no hay ningún modelo con el que chatear.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="355"/>
        <source>{model} — stopped unexpectedly</source>
        <translation>{model} — se detuvo inesperadamente</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="398"/>
        <source>Token not saved</source>
        <translation>No se guardó el token</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="411"/>
        <source>Could not save settings: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="62"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="67"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar chats</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="70"/>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exportar chat…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="72"/>
        <source>S&amp;top reply</source>
        <translation>&amp;Detener respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="74"/>
        <source>Choose &amp;model</source>
        <translation>Elegir &amp;modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="78"/>
        <source>C&amp;hat settings</source>
        <translation>Aj&amp;ustes del chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="83"/>
        <source>Show the &amp;chat</source>
        <translation>Mostrar el &amp;chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="87"/>
        <source>&amp;Discover models</source>
        <translation>&amp;Descubrir modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="93"/>
        <source>Search &amp;Hugging Face</source>
        <translation>Buscar en &amp;Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="98"/>
        <source>Do&amp;wnloads</source>
        <translation>Desca&amp;rgas</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="101"/>
        <source>&amp;Add a model file…</source>
        <translation>&amp;Añadir un archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="105"/>
        <source>Show the model in the &amp;file manager</source>
        <translation>Mostrar el modelo en el &amp;gestor de archivos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="110"/>
        <source>De&amp;lete this model…</source>
        <translation>&amp;Eliminar este modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="112"/>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="116"/>
        <source>This &amp;computer…</source>
        <translation>Este &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="123"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Acerca de Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="125"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="128"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="137"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="176"/>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="177"/>
        <source>Hearth {version}
Open language models on your own computer, offline.</source>
        <translation>Hearth {version}
Modelos de lenguaje abiertos en tu propio equipo, sin conexión.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit this message and send it again</source>
        <translation>Editar este mensaje y volver a enviarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Write this reply again</source>
        <translation>Volver a escribir esta respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="223"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="225"/>
        <source>Thought for {seconds:.0f} s</source>
        <translation>Pensó durante {seconds:.0f} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="227"/>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="92"/>
        <source>{name}: stopped the self-test with an error ({signal})</source>
        <translation>{name}: detuvo la autoprueba con un error ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="96"/>
        <source>{name}: stopped during a reply ({signal})</source>
        <translation>{name}: se detuvo durante una respuesta ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="100"/>
        <source>{name}: computed wrong results in the self-test</source>
        <translation>{name}: obtuvo resultados incorrectos en la autoprueba</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="103"/>
        <source>{name}: did not finish its self-test</source>
        <translation>{name}: no terminó su autoprueba</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="110"/>
        <source>Your processor could not run llama.cpp&apos;s fastest code ({crashed}, {signal}). Hearth now uses the {now} code and is asking again.</source>
        <translation>Tu procesador no pudo ejecutar el código más rápido de llama.cpp ({crashed}, {signal}). Hearth usa ahora el código {now} y vuelve a enviar la pregunta.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="120"/>
        <source>Your GPU stopped responding during the reply ({reason}). The model now runs on the CPU alone, and Hearth is asking again.</source>
        <translation>Tu GPU dejó de responder mientras se generaba la respuesta ({reason}). El modelo se ejecuta ahora solo en la CPU y Hearth vuelve a enviar la pregunta.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="126"/>
        <source>Your GPU could not load this model ({reason}), so it runs on the CPU alone.</source>
        <translation>Tu GPU no pudo cargar este modelo ({reason}), así que se ejecuta solo en la CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="131"/>
        <source>Your GPU could not hold all {requested} layers of this model ({reason}). {now} run on the GPU now, the rest on the CPU.</source>
        <translation>Tu GPU no pudo alojar las {requested} capas de este modelo ({reason}). Ahora se ejecutan {now} en la GPU y el resto en la CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="138"/>
        <source>Expect about {after} tokens/s instead of {before}.</source>
        <translation>Cuenta con unos {after} tokens/s en lugar de {before}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="149"/>
        <source>on the CPU</source>
        <translation>en la CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="150"/>
        <source>the GPU</source>
        <translation>la GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="152"/>
        <source>all {total} layers on {devices}</source>
        <translation>las {total} capas en {devices}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="155"/>
        <source>{layers} of {total} layers on {devices}, the rest on the CPU</source>
        <translation>{layers} de {total} capas en {devices}, el resto en la CPU</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="167"/>
        <source>{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB</source>
        <translation>{device}: pesos {w} GB · caché KV {kv} GB · otros {o} GB — de {cap} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="180"/>
        <source>{size} GB download</source>
        <translation>Descarga de {size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="181"/>
        <source>licence: {name}</source>
        <translation>licencia: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/discover.py" line="182"/>
        <source>context %Ln tokens</source>
        <translation>
            <numerusform>contexto de %Ln token</numerusform>
            <numerusform>contexto de %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="187"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="190"/>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="203"/>
        <source>{rate} tokens/s as measured here</source>
        <translation>{rate} tokens/s medidos aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="206"/>
        <source>about {rate} tokens/s (predicted from replies here)</source>
        <translation>unos {rate} tokens/s (estimado a partir de las respuestas aquí)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="207"/>
        <source>about {rate} tokens/s (predicted)</source>
        <translation>unos {rate} tokens/s (estimado)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="217"/>
        <source>fits your {total} GB GPU with {spare} GB to spare, {speed}</source>
        <translation>cabe en tu GPU de {total} GB con {spare} GB de margen, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="224"/>
        <source>{layers} of {total} layers on your GPU, the rest in RAM, {speed}</source>
        <translation>{layers} de {total} capas en tu GPU y el resto en la RAM, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="227"/>
        <source>runs on your CPU with {spare} GB of RAM to spare, {speed}</source>
        <translation>se ejecuta en tu CPU con {spare} GB de RAM de margen, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="230"/>
        <source>Recommended: {reason}</source>
        <translation>Recomendado: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>Shared memory</source>
        <translation>Memoria compartida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>GPU memory</source>
        <translation>Memoria de la GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="237"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="241"/>
        <source>Runs on GPU</source>
        <translation>Funciona en la GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="242"/>
        <source>Partly on GPU</source>
        <translation>En parte en la GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="243"/>
        <source>Runs on CPU</source>
        <translation>Funciona en la CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="244"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="137"/>
        <source>No models installed yet.</source>
        <translation>Todavía no hay modelos instalados.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="206"/>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="212"/>
        <source>{model} — ready (loaded in {seconds:.1f} s)</source>
        <translation>{model} — listo (cargado en {seconds:.1f} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="221"/>
        <source>serving other apps at {url}/v1</source>
        <translation>sirviendo a otras aplicaciones en {url}/v1</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="230"/>
        <source>{model} — not loaded</source>
        <translation>{model} — sin cargar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="237"/>
        <source>{model} was unloaded to free memory; it loads again when you send.</source>
        <translation>{model} se quitó de la memoria para liberarla; se volverá a cargar cuando envíes un mensaje.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="20"/>
        <source>The model you are chatting with (Ctrl+M)</source>
        <translation>El modelo con el que estás chateando (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="33"/>
        <source>Comes with Hearth</source>
        <translation>Viene con Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="37"/>
        <source>{model}  —  your file</source>
        <translation>{model}  —  tu archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="39"/>
        <source>{model}  —  from {app}</source>
        <translation>{model}  —  de {app}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="103"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="104"/>
        <source>The model</source>
        <translation>El modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="105"/>
        <source>Other apps</source>
        <translation>Otras aplicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="106"/>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="124"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="130"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="132"/>
        <source>Hearth shows the new language when it starts again.</source>
        <translation>Hearth mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="144"/>
        <source>Automatic ({count})</source>
        <translation>Automático ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="147"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="150"/>
        <source>Automatic uses one thread per physical core. On some small machines fewer threads are faster: try it and watch the tokens/s in the status bar.</source>
        <translation>En automático se usa un hilo por núcleo físico. En algunos equipos modestos van más rápido con menos hilos: pruébalo y fíjate en los tokens/s de la barra de estado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="158"/>
        <source>Automatic (what fits)</source>
        <translation>Automático (lo que quepa)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="160"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="162"/>
        <source>Context length:</source>
        <translation>Longitud de contexto:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="166"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="167"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="169"/>
        <source>Unload the model when idle for:</source>
        <translation>Quitar el modelo de la memoria tras una inactividad de:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="172"/>
        <source>Let other apps on this computer use the model</source>
        <translation>Permitir que otras aplicaciones de este equipo usen el modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="176"/>
        <source>An OpenAI-compatible API at http://127.0.0.1:PORT/v1, reachable only from this computer.</source>
        <translation>Una API compatible con OpenAI en http://127.0.0.1:PUERTO/v1, accesible solo desde este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="184"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="186"/>
        <source>apps must send this key (kept in the keyring)</source>
        <translation>las aplicaciones deben enviar esta clave (guardada en el llavero)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="188"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="197"/>
        <source>Where models are downloaded from. Set a mirror where huggingface.co is slow or blocked.</source>
        <translation>De dónde se descargan los modelos. Configura un espejo si huggingface.co va lento o está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="201"/>
        <source>Hugging Face address:</source>
        <translation>Dirección de Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="204"/>
        <source>for gated models (optional)</source>
        <translation>para modelos con acceso restringido (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="205"/>
        <source>Kept in the system keyring, never in Hearth&apos;s files.</source>
        <translation>Se guarda en el llavero del sistema, nunca en los archivos de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="206"/>
        <source>Hugging Face token:</source>
        <translation>Token de Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="207"/>
        <source>Also send my token to this mirror</source>
        <translation>Enviar también mi token a este espejo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="209"/>
        <source>Off: the token goes to huggingface.co only, never to another address.</source>
        <translation>Desactivado: el token solo se envía a huggingface.co, nunca a otra dirección.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="213"/>
        <source>Use models other apps keep on this computer</source>
        <translation>Usar los modelos que otras aplicaciones guardan en este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="215"/>
        <source>LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.</source>
        <translation>LM Studio, GPT4All, Jan, Ollama y la caché de Hugging Face; se usan donde están.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="231"/>
        <source>saved in your system&apos;s keyring</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="60"/>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="65"/>
        <source>Type a message below to start a chat.
Everything stays on this computer.</source>
        <translation>Escribe un mensaje abajo para empezar un chat.
Todo se queda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="88"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="104"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="105"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="130"/>
        <source>{speed:.1f} tokens/s</source>
        <translation>{speed:.1f} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="132"/>
        <source>first token {ms:.0f} ms</source>
        <translation>primer token en {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="134"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="136"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="138"/>
        <source>cut at its length limit</source>
        <translation>cortada al llegar al límite de longitud</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="69"/>
        <source>Runs fully on your GPU — about {rate} tokens/s</source>
        <translation>Funciona por completo en tu GPU — unos {rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="73"/>
        <source>Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s</source>
        <translation>Carga parcial en la GPU ({layers} de {total} capas) — unos {rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="77"/>
        <source>Runs on CPU — about {rate} tokens/s</source>
        <translation>Funciona en la CPU — unos {rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="79"/>
        <source>Too large — needs {need} GB, you have {have} GB</source>
        <translation>Demasiado grande — necesita {need} GB y tienes {have} GB</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="86"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="102"/>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="110"/>
        <source>Hearth runs AI chat models on this computer. What you write stays here, and a model on this computer works without the internet.</source>
        <translation>Hearth ejecuta modelos de chat con IA en este equipo. Lo que escribes se queda aquí, y un modelo instalado en este equipo funciona sin internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="119"/>
        <source>What Hearth found on this computer</source>
        <translation>Lo que Hearth encontró en este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="126"/>
        <source>Looking at this computer…</source>
        <translation>Analizando este equipo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="133"/>
        <source>Hearth also found a model already on this computer; you can choose it from the Model list.</source>
        <translation>Hearth también encontró un modelo que ya estaba en este equipo; puedes elegirlo en la lista Modelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="138"/>
        <source>Hearth also found %n models already on this computer; you can choose them from the Model list.</source>
        <translation>
            <numerusform>Hearth también encontró %n modelo que ya estaba en este equipo; puedes elegirlo en la lista Modelo.</numerusform>
            <numerusform>Hearth también encontró %n modelos que ya estaban en este equipo; puedes elegirlos en la lista Modelo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="151"/>
        <source>Recommended first model</source>
        <translation>Primer modelo recomendado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="153"/>
        <source>Working out which model suits it…</source>
        <translation>Buscando el modelo que mejor le va…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="160"/>
        <source>Discover models, at the top of the window, lists more and says how each runs here.</source>
        <translation>Descubrir modelos, en la parte superior de la ventana, muestra más y explica cómo funciona cada uno aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="182"/>
        <source>Start chatting now with the small built-in model</source>
        <translation>Empezar a chatear ya con el pequeño modelo integrado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="185"/>
        <source>{name} is ready now and works without the internet. It is small and simple: fine for trying Hearth, but do not rely on its answers.</source>
        <translation>{name} ya está listo y funciona sin internet. Es pequeño y sencillo: sirve para probar Hearth, pero no te fíes de sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="193"/>
        <source>Start chatting now with {name}</source>
        <translation>Empezar a chatear ya con {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="195"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="300"/>
        <source>It is already on this computer.</source>
        <translation>Ya está en este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="197"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="199"/>
        <source>You can get a model later from Discover models.</source>
        <translation>Puedes conseguir un modelo más tarde en Descubrir modelos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="221"/>
        <source>Hearth could not finish looking at this computer: {error}</source>
        <translation>Hearth no pudo terminar de analizar este equipo: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="227"/>
        <source>Without that, Hearth cannot recommend a model yet. You can start with the built-in model now and look for others later under Discover models.</source>
        <translation>Sin eso, Hearth todavía no puede recomendarte un modelo. Puedes empezar ya con el modelo integrado y buscar otros más tarde en Descubrir modelos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="235"/>
        <source>Unknown processor</source>
        <translation>Procesador desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="237"/>
        <source>{name}, one core</source>
        <translation>{name}, un núcleo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="239"/>
        <source>{name}, %n cores</source>
        <translation>
            <numerusform>{name}, %n núcleo</numerusform>
            <numerusform>{name}, %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="240"/>
        <source>Processor:</source>
        <translation>Procesador:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="242"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="244"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="246"/>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="250"/>
        <source>None that Hearth can use; models run on the processor.</source>
        <translation>Nada que Hearth pueda usar; los modelos se ejecutan en el procesador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="252"/>
        <source>{gpus} (Hearth runs models on the processor here)</source>
        <translation>{gpus} (aquí Hearth ejecuta los modelos en el procesador)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="257"/>
        <source>Graphics:</source>
        <translation>Gráficos:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="266"/>
        <source>{name}, sharing the main memory</source>
        <translation>{name}, comparte la memoria principal</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="268"/>
        <source>{name}, built in</source>
        <translation>{name}, integrada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="269"/>
        <source>{name} with {size} GB of its own memory</source>
        <translation>{name} con {size} GB de memoria propia</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="278"/>
        <source>This computer has little memory or speed to spare for chat models, so the built-in model is the best fit for it. It is small, but it works, even without the internet.</source>
        <translation>Este equipo tiene poca memoria o velocidad de sobra para modelos de chat, así que el modelo integrado es el que mejor le va. Es pequeño, pero funciona, incluso sin internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="286"/>
        <source>Download:</source>
        <translation>Descarga:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="289"/>
        <source>Estimated {rate} tokens per second (a token is a word or part of one)</source>
        <translation>Se estiman {rate} tokens por segundo (un token es una palabra o parte de una)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="293"/>
        <source>Speed here:</source>
        <translation>Velocidad aquí:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="294"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="298"/>
        <source>Start chatting with {name}</source>
        <translation>Empezar a chatear con {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="305"/>
        <source>Download {name} ({size})</source>
        <translation>Descargar {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="311"/>
        <source>It is ready to chat when the download finishes. Meanwhile you can already chat with the built-in model.</source>
        <translation>Estará listo para chatear cuando termine la descarga. Mientras tanto, ya puedes chatear con el modelo integrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="320"/>
        <source>about one word per second</source>
        <translation>alrededor de una palabra por segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="322"/>
        <source>about %n words per second</source>
        <translation>
            <numerusform>alrededor de %n palabra por segundo</numerusform>
            <numerusform>alrededor de %n palabras por segundo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="324"/>
        <source>faster than you can read</source>
        <translation>más rápido de lo que lees</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="326"/>
        <source>about as fast as you read</source>
        <translation>más o menos a tu velocidad de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="328"/>
        <source>slower than you read, so long answers take a while</source>
        <translation>más lento de lo que lees, así que las respuestas largas tardan un rato</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="329"/>
        <source>{rate}, {pace}</source>
        <translation>{rate}, {pace}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="336"/>
        <source>It fits in this computer&apos;s shared memory, with {spare} GB to spare.</source>
        <translation>Cabe en la memoria compartida de este equipo, con {spare} GB de margen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="339"/>
        <source>It fits on your graphics card, with {spare} GB to spare.</source>
        <translation>Cabe en tu tarjeta gráfica, con {spare} GB de margen.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="342"/>
        <source>Most of it runs on your graphics card, the rest on the processor.</source>
        <translation>La mayor parte se ejecuta en tu tarjeta gráfica y el resto en el procesador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="346"/>
        <source>It runs on the processor and leaves {spare} GB of memory for other programs.</source>
        <translation>Se ejecuta en el procesador y deja {spare} GB de memoria para otros programas.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="351"/>
        <source>Of the models that answer quickly here, it is the best for everyday chat.</source>
        <translation>De los modelos que responden rápido aquí, es el mejor para chatear a diario.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="354"/>
        <source>Of the models that run here, it is the best for everyday chat.</source>
        <translation>De los modelos que funcionan aquí, es el mejor para chatear a diario.</translation>
    </message>
</context>
</TS>
