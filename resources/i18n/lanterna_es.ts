<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttendsToChart</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+334" />
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <location line="+18" />
            <source>keys seen by {token} (token {query})</source>
            <translation>claves vistas por {token} (token {query})</translation>
        </message>
    </context>
    <context>
        <name>AttentionCharts</name>
        <message>
            <location line="-308" />
            <source>Capture a prompt to see which tokens each token attends to</source>
            <translation>Captura un prompt para ver a qué tokens presta atención cada token</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capture a prompt to see every layer and head at once</source>
            <translation>Captura un prompt para ver todas las capas y cabezas a la vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entropy of each head's attention appears here</source>
            <translation>Aquí aparece la entropía de la atención de cada cabeza</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click a row of the map (or a token in the text) to see what it attends to</source>
            <translation>Haz clic en una fila del mapa (o en un token del texto) para ver a qué presta atención</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prompts from the chat or the prompt lab are split into sections</source>
            <translation>Los prompts del chat o del laboratorio de prompts se dividen en secciones</translation>
        </message>
    </context>
    <context>
        <name>AttentionExport</name>
        <message>
            <location filename="../../gui/attention/export.py" line="+19" />
            <source>Map as PNG…</source>
            <translation>Mapa en PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as SVG…</source>
            <translation>Mapa en SVG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This matrix as CSV…</source>
            <translation>Esta matriz en CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every layer and head as NPZ…</source>
            <translation>Todas las capas y cabezas en NPZ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every layer and head as JSON…</source>
            <translation>Todas las capas y cabezas en JSON…</translation>
        </message>
    </context>
    <context>
        <name>AttentionHeatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+89" />
            <source>query (the token that looks)</source>
            <translation>consulta (el token que observa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key (the token looked at)</source>
            <translation>clave (el token observado)</translation>
        </message>
    </context>
    <context>
        <name>AttentionLayout</name>
        <message>
            <location filename="../../gui/attention/layout.py" line="+42" />
            <source>Run the prompt through the model and read every attention map (Ctrl+Return)</source>
            <translation>Pasa el prompt por el modelo y lee todos los mapas de atención (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How much each part of the prompt attends to each other part. Every token is in one part, so each row adds up to 100 %: text the chat template adds (its role markers, and any default system prompt it inserts) is “template”, text outside the named parts (such as ### between examples) is “other text”, and tokens generated after the prompt are “generated”. Hover a cell to read a part's text.</source>
            <translation>Cuánto presta atención cada parte del prompt a cada otra parte. Cada token está en una parte, así que cada fila suma 100 %: el texto que agrega la plantilla de chat (sus marcadores de rol y cualquier prompt del sistema predeterminado que inserte) es “template”, el texto fuera de las partes con nombre (como ### entre ejemplos) es “other text”, y los tokens generados después del prompt son “generated”. Pasa el cursor sobre una celda para leer el texto de una parte.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Why is the upper triangle empty?&lt;/b&gt; A language model reads left to right. When it computes token &lt;i&gt;q&lt;/i&gt;, the &lt;i&gt;causal mask&lt;/i&gt; sets the scores of every later key (&lt;i&gt;k&lt;/i&gt; &amp;gt; &lt;i&gt;q&lt;/i&gt;) to −∞ before the softmax, so their weights are exactly 0: a token can only look back. Each row is a softmax, so the weights a token gives to the keys it can see sum to 1.&lt;br&gt;&lt;br&gt;&lt;b&gt;Reading a row:&lt;/b&gt; bright cells are the tokens this token draws information from in this layer and head. Many heads put much of their weight on the first token, an &lt;i&gt;attention sink&lt;/i&gt; that works as a resting place; tick &lt;i&gt;Ignore the first token&lt;/i&gt; to stretch the colours over the rest.</source>
            <translation>&lt;b&gt;¿Por qué está vacío el triángulo superior?&lt;/b&gt; Un modelo de lenguaje lee de izquierda a derecha. Al calcular el token &lt;i&gt;q&lt;/i&gt;, la &lt;i&gt;máscara causal&lt;/i&gt; pone en −∞ los puntajes de toda clave posterior (&lt;i&gt;k&lt;/i&gt; &amp;gt; &lt;i&gt;q&lt;/i&gt;) antes del softmax, así que sus pesos son exactamente 0: un token solo puede mirar hacia atrás. Cada fila es un softmax, así que los pesos que un token da a las claves que ve suman 1.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cómo leer una fila:&lt;/b&gt; las celdas claras son los tokens de los que este token toma información en esta capa y cabeza. Muchas cabezas ponen gran parte de su peso en el primer token, un &lt;i&gt;attention sink&lt;/i&gt; (sumidero de atención) que funciona como lugar de descanso; marca &lt;i&gt;Ignorar el primer token&lt;/i&gt; para estirar los colores sobre el resto.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Type a prompt, then Capture (Ctrl+Return)</source>
            <translation>Escribe un prompt y luego Capturar (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The text whose attention is captured: every token, every layer, every head</source>
            <translation>El texto cuya atención se captura: todos los tokens, todas las capas, todas las cabezas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Capture</source>
            <translation>Capturar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>then generate</source>
            <translation>luego generar</translation>
        </message>
        <message>
            <location line="+3" />
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also generate this many tokens greedily and capture the attention of each new token</source>
            <translation>Genera también esta cantidad de tokens de forma voraz y captura la atención de cada token nuevo</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the capture (Esc)</source>
            <translation>Detener la captura (Esc)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layer 0 reads the token embeddings; later layers read what earlier ones wrote</source>
            <translation>La capa 0 lee los embeddings de los tokens; las capas siguientes leen lo que escribieron las anteriores</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Head</source>
            <translation>Cabeza</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each head computes its own attention pattern; the mean shows what the layer does overall</source>
            <translation>Cada cabeza calcula su propio patrón de atención; la media muestra lo que hace la capa en conjunto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ignore the first token when scaling colours</source>
            <translation>Ignorar el primer token al escalar los colores</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Many heads park most of their weight on the first token (an attention sink). Scaling the colours to the largest weight elsewhere makes the rest of the pattern visible.</source>
            <translation>Muchas cabezas dejan la mayor parte de su peso en el primer token (un attention sink). Escalar los colores al mayor peso del resto hace visible el resto del patrón.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save what is shown</source>
            <translation>Guardar lo que se muestra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside ▸</source>
            <translation>Por dentro ▸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Look inside the model on this prompt: each layer's guess at the next token (logit lens) and which words pushed it (attribution)</source>
            <translation>Mira por dentro del modelo en este prompt: la apuesta de cada capa por el siguiente token (lente de logits) y qué palabras lo empujaron (atribución)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All layers × heads</source>
            <translation>Todas las capas × cabezas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A thumbnail of every head in every layer; click one to open it</source>
            <translation>Una miniatura de cada cabeza en cada capa; haz clic en una para abrirla</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click a token to see what it attends to; shading shows its weights</source>
            <translation>Haz clic en un token para ver a qué presta atención; el sombreado muestra sus pesos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token list</source>
            <translation>Lista de tokens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every token in full, with its position and weight; type to find one</source>
            <translation>Todos los tokens completos, con su posición y peso; escribe para encontrar uno</translation>
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../gui/attention/panel.py" line="+85" />
            <source>Load a model first</source>
            <translation>Carga un modelo primero</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Load a model to capture attention</source>
            <translation>Carga un modelo para capturar la atención</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type a prompt to capture</source>
            <translation>Escribe un prompt para capturar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a prompt to look inside</source>
            <translation>Escribe un prompt para mirar por dentro</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Starting the capture…</source>
            <translation>Iniciando la captura…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Capture cancelled</source>
            <translation>Captura cancelada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capture failed: {error}</source>
            <translation>La captura falló: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The last map came from {old}; {new} is loaded now.</source>
            <translation>El último mapa vino de {old}; ahora está cargado {new}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The last map came from {old}; no model is loaded now.</source>
            <translation>El último mapa vino de {old}; ahora no hay ningún modelo cargado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That capture came from {model}, which is no longer loaded; capture again</source>
            <translation>Esa captura vino de {model}, que ya no está cargado; vuelve a capturar</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mean of all heads</source>
            <translation>Media de todas las cabezas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Head {head}  ·  shares KV head {kv_head}</source>
            <translation>Cabeza {head}  ·  comparte la cabeza KV {kv_head}</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Capture a prompt first</source>
            <translation>Captura un prompt primero</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export attention</source>
            <translation>Exportar atención</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved {name}</source>
            <translation>Guardado: {name}</translation>
        </message>
    </context>
    <context>
        <name>AttentionTexts</name>
        <message>
            <location filename="../../gui/attention/texts.py" line="+20" />
            <source>Hover over the map for exact weights; click a row to follow one token.</source>
            <translation>Pasa el cursor sobre el mapa para ver los pesos exactos; haz clic en una fila para seguir un token.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no model</source>
            <translation>ningún modelo</translation>
        </message>
        <message>
            <location line="+31" />
            <source>&lt;p&gt;Load a model, then capture a prompt to see its attention.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Carga un modelo y luego captura un prompt para ver su atención.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;p&gt;Capture a prompt to see its tokens here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Captura un prompt para ver sus tokens aquí.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt, {generated} generated, in italics) · {layers} layers × {heads} heads</source>
            <translation>De &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} del prompt, {generated} generados, en cursiva) · {layers} capas × {heads} cabezas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt) · {layers} layers × {heads} heads</source>
            <translation>De &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} del prompt) · {layers} capas × {heads} cabezas</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No model loaded.</source>
            <translation>No hay ningún modelo cargado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a prompt and press &lt;b&gt;Capture&lt;/b&gt; (Ctrl+Return) to read its attention out of llama.cpp.</source>
            <translation>Escribe un prompt y pulsa &lt;b&gt;Capturar&lt;/b&gt; (Ctrl+Return) para leer su atención directamente de llama.cpp.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>grouped-query attention: {query_heads} query heads share {kv_heads} key/value heads ({group} each), so heads in a group read the same keys through different queries</source>
            <translation>atención con consultas agrupadas (GQA): {query_heads} cabezas de consulta comparten {kv_heads} cabezas de clave/valor ({group} cada una), así que las cabezas de un grupo leen las mismas claves con consultas distintas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>layer {layer} is &lt;b&gt;sliding-window&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</source>
            <translation>la capa {layer} es de &lt;b&gt;ventana deslizante&lt;/b&gt;: las capas de ventana deslizante ven solo los últimos {window} tokens (las claves más atrás se enmascaran y se dibujan vacías)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer {layer} is &lt;b&gt;global&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</source>
            <translation>la capa {layer} es &lt;b&gt;global&lt;/b&gt;: las capas de ventana deslizante ven solo los últimos {window} tokens (las claves más atrás se enmascaran y se dibujan vacías)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>query '{query}' ({row}) → key '{key}' ({column})</source>
            <translation>consulta '{query}' ({row}) → clave '{key}' ({column})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{pair}: masked, a later token</source>
            <translation>{pair}: enmascarado, un token posterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{pair}: masked, outside the sliding window</source>
            <translation>{pair}: enmascarado, fuera de la ventana deslizante</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{pair}: weight {weight}</source>
            <translation>{pair}: peso {weight}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>layer {layer}, head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>capa {layer}, cabeza {head}: entropía media de {entropy} bits · haz clic para abrirla</translation>
        </message>
        <message>
            <location line="+4" />
            <source>layer {layer} (sliding window), head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>capa {layer} (ventana deslizante), cabeza {head}: entropía media de {entropy} bits · haz clic para abrirla</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer {layer} (global), head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>capa {layer} (global), cabeza {head}: entropía media de {entropy} bits · haz clic para abrirla</translation>
        </message>
        <message>
            <location line="+14" />
            <source>tokens of {source} put {share} of their weight on {target} · {target} is “{preview}”</source>
            <translation>los tokens de {source} ponen el {share} de su peso en {target} · {target} es “{preview}”</translation>
        </message>
    </context>
    <context>
        <name>ChainControls</name>
        <message>
            <location filename="../../gui/sampling/chain.py" line="+27" />
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>typical-p</source>
            <translation>typical-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <location line="+32" />
            <source>llama.cpp's default, as in the chat</source>
            <translation>predeterminado de llama.cpp, como en el chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>temperature first</source>
            <translation>temperatura primero</translation>
        </message>
        <message>
            <location line="+2" />
            <source>your own order</source>
            <translation>tu propio orden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order: {stages} ({name})</source>
            <translation>Orden: {stages} ({name})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>0 (greedy)</source>
            <translation>0 (voraz)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>temperature {value}</source>
            <translation>temperatura {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-k {value}</source>
            <translation>top-k {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-k off</source>
            <translation>top-k desactivado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-p off</source>
            <translation>top-p desactivado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>min-p {value}</source>
            <translation>min-p {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>min-p off</source>
            <translation>min-p desactivado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>typical-p {value}</source>
            <translation>typical-p {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>typical-p off</source>
            <translation>typical-p desactivado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the other stages off</source>
            <translation>las demás etapas desactivadas</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sampling chain</source>
            <translation>Cadena de muestreo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Divides the logits: &lt; 1 sharpens, &gt; 1 flattens, 0 = greedy</source>
            <translation>Divide los logits: &lt; 1 concentra, &gt; 1 aplana, 0 = voraz</translation>
        </message>
        <message>
            <location line="+4" />
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the k most probable tokens (0 = off)</source>
            <translation>Conserva los k tokens más probables (0 = desactivado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep tokens until their cumulative probability reaches p</source>
            <translation>Conserva tokens hasta que su probabilidad acumulada llegue a p</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drop tokens below min-p × the top token's probability</source>
            <translation>Descarta los tokens por debajo de min-p × la probabilidad del token más probable</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locally typical sampling (1 = off)</source>
            <translation>Muestreo localmente típico (1 = desactivado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Drag to reorder the chain; it runs top to bottom</source>
            <translation>Arrastra para reordenar la cadena; se ejecuta de arriba abajo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>llama.cpp order</source>
            <translation>Orden de llama.cpp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-k → typical → top-p → min-p → temperature (temperature last)</source>
            <translation>top-k → typical → top-p → min-p → temperatura (temperatura al final)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature first</source>
            <translation>Temperatura primero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>temperature → top-k → top-p → … (as many lectures present it)</source>
            <translation>temperatura → top-k → top-p → … (como la presentan muchas clases)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order</source>
            <translation>Orden</translation>
        </message>
    </context>
    <context>
        <name>ChatActions</name>
        <message>
            <location filename="../../gui/chat/actions.py" line="+29" />
            <source>&lt;b&gt;Editing a message.&lt;/b&gt; Sending keeps the original as another version (switch with ‹ ›). Esc cancels.</source>
            <translation>&lt;b&gt;Editando un mensaje.&lt;/b&gt; Al enviar, el original se conserva como otra versión (cambia con ‹ ›). Esc cancela.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Reply copied</source>
            <translation>Respuesta copiada</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Step {step} · entropy {entropy} bits</source>
            <translation>Paso {step} · entropía {entropy} bits</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The token the reply took</source>
            <translation>El token que eligió la respuesta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue the reply from this token instead (a new branch)</source>
            <translation>Continúa la respuesta desde este token (una nueva rama)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open this step in the sampling explorer</source>
            <translation>Abrir este paso en el Explorador de muestreo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the attention up to this token</source>
            <translation>Mostrar la atención hasta este token</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capture every layer's attention over the conversation and the reply so far</source>
            <translation>Captura la atención de todas las capas sobre la conversación y la respuesta hasta aquí</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Why this token?</source>
            <translation>¿Por qué este token?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the Inside view: each layer's guess at this step, and which words pushed this token</source>
            <translation>Abre la pestaña Por dentro: la apuesta de cada capa en este paso y qué palabras empujaron este token</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(removed by {stage})</source>
            <translation>(eliminado por {stage})</translation>
        </message>
    </context>
    <context>
        <name>ChatConversations</name>
        <message>
            <location filename="../../gui/chat/conversations.py" line="+37" />
            <location line="+34" />
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Empezar una nueva conversación (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search chats</source>
            <translation>Buscar chats</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Right-click a chat to rename, export or delete it</source>
            <translation>Haz clic derecho en un chat para renombrarlo, exportarlo o eliminarlo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>updated {time}</source>
            <translation>actualizado el {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recovered chat</source>
            <translation>Chat recuperado</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Stop the reply before deleting this chat.</source>
            <translation>Detén la respuesta antes de eliminar este chat.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete chat</source>
            <translation>Eliminar chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “{title}” and all its branches?</source>
            <translation>¿Eliminar “{title}” y todas sus ramas?</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Rename…</source>
            <translation>Renombrar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Markdown…</source>
            <translation>Exportar Markdown…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export JSON…</source>
            <translation>Exportar JSON…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename chat</source>
            <translation>Renombrar chat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing to export yet.</source>
            <translation>Todavía no hay nada que exportar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export chat</source>
            <translation>Exportar chat</translation>
        </message>
    </context>
    <context>
        <name>ChatPanel</name>
        <message>
            <location filename="../../gui/chat/panel.py" line="+89" />
            <source>Inspect tokens</source>
            <translation>Inspeccionar tokens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colour every reply token by the probability the model gave it. Hover a token to see the alternatives; click it to continue the reply from another one. (Ctrl+I)</source>
            <translation>Colorea cada token de la respuesta según la probabilidad que le dio el modelo. Pasa el mouse sobre un token para ver las alternativas; haz clic para continuar la respuesta desde otro. (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Markdown…</source>
            <translation>Markdown…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON (with token records)…</source>
            <translation>JSON (con los registros de los tokens)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Message the model — Enter to send, Shift+Enter for a new line</source>
            <translation>Escribe al modelo — Enter para enviar, Shift+Enter para una nueva línea</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send (Enter or Ctrl+Return)</source>
            <translation>Enviar (Enter o Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the reply (Esc)</source>
            <translation>Detener la respuesta (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ChatPanelBase</name>
        <message>
            <location filename="../../gui/chat/base.py" line="+20" />
            <source>Ask anything. Every token of the reply can be inspected: switch on “Inspect tokens”.</source>
            <translation>Pregunta lo que quieras. Cada token de la respuesta se puede inspeccionar: activa “Inspeccionar tokens”.</translation>
        </message>
    </context>
    <context>
        <name>ChatReplies</name>
        <message>
            <location filename="../../gui/chat/replies.py" line="+41" />
            <source>Load a model first: the model bar at the top, or the Model tab.</source>
            <translation>Carga un modelo primero: en la barra de modelo de arriba o en la pestaña Modelo.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>Reading %n prompt token(s)…</source>
            <translation>
                <numerusform>Leyendo %n token del prompt…</numerusform>
                <numerusform>Leyendo %n tokens del prompt…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the reply… (Esc or Stop ends it)</source>
            <translation>Escribiendo la respuesta… (Esc o Detener la termina)</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Reply done: %n token(s), {rate} tokens/s ({reason})</source>
            <translation>
                <numerusform>Respuesta lista: %n token, {rate} tokens/s ({reason})</numerusform>
                <numerusform>Respuesta lista: %n tokens, {rate} tokens/s ({reason})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>The reply failed: {error}</source>
            <translation>La respuesta falló: {error}</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPanel</name>
        <message>
            <location filename="../../gui/classroom/panel.py" line="+36" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampling explorer</source>
            <translation>Explorador de muestreo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention</source>
            <translation>Atención</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt lab</source>
            <translation>Laboratorio de prompts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Puntuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside</source>
            <translation>Por dentro</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose a lesson; each step opens a view with its example</source>
            <translation>Elige una lección; cada paso abre una pestaña con su ejemplo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Load the model this lesson's numbers were measured on</source>
            <translation>Carga el modelo en el que se midieron los números de esta lección</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open the step's example again in its view</source>
            <translation>Vuelve a abrir el ejemplo del paso en su vista</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>◂ Back</source>
            <translation>◂ Atrás</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next ▸</source>
            <translation>Siguiente ▸</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Choose an answer first.</source>
            <translation>Elige una respuesta primero.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Right.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Correcto.&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Not quite.&lt;/b&gt; The answer: {answer}</source>
            <translation>&lt;b&gt;No exactamente.&lt;/b&gt; La respuesta: {answer}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Written for &lt;b&gt;{model}&lt;/b&gt;; another model is loaded, so its numbers differ.</source>
            <translation>Escrita para &lt;b&gt;{model}&lt;/b&gt;; hay otro modelo cargado, así que los números son otros.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Load {model}</source>
            <translation>Cargar {model}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Written for &lt;b&gt;{model}&lt;/b&gt; (loaded).</source>
            <translation>Escrita para &lt;b&gt;{model}&lt;/b&gt; (cargado).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;A lesson could not be read&lt;/b&gt;: {error}</source>
            <translation>&lt;b&gt;No se pudo leer una lección&lt;/b&gt;: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Classroom&lt;/b&gt; — choose a lesson on the left.</source>
            <translation>&lt;b&gt;Aula&lt;/b&gt; — elige una lección a la izquierda.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>↗ {view}</source>
            <translation>↗ {view}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step {index} of {count}</source>
            <translation>Paso {index} de {count}</translation>
        </message>
    </context>
    <context>
        <name>ConfusionHeatmap</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="+202" />
            <source>No confusion matrix yet</source>
            <translation>Aún no hay matriz de confusión</translation>
        </message>
        <message>
            <location line="+10" />
            <source>count</source>
            <translation>conteo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>true</source>
            <translation>etiqueta real</translation>
        </message>
        <message>
            <location line="+1" />
            <source>predicted</source>
            <translation>etiqueta predicha</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../gui/remote/dialog.py" line="+37" />
            <source>Connect to a server</source>
            <translation>Conectar a un servidor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. LLAMA_API_KEY (optional)</source>
            <translation>por ejemplo LLAMA_API_KEY (opcional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name of an environment variable that holds the key, or keyring:NAME for a key in the system keyring</source>
            <translation>El nombre de una variable de entorno que guarda la clave, o keyring:NOMBRE para una clave en el llavero del sistema</translation>
        </message>
        <message>
            <location line="+6" />
            <source>or type the key once: the system keyring keeps it</source>
            <translation>o escribe la clave una vez: el llavero del sistema la guarda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stored in the system keyring under this server's address; Lanterna's settings keep only its name</source>
            <translation>Guardada en el llavero del sistema bajo la dirección de este servidor; los ajustes de Lanterna guardan solo su nombre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test</source>
            <translation>Probar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Press Test to see what the server can show.</source>
            <translation>Pulsa Probar para ver lo que el servidor puede mostrar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API key variable</source>
            <translation>Variable de la clave de API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Asking the server…</source>
            <translation>Consultando al servidor…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not use the server: {error}</source>
            <translation>No se pudo usar el servidor: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Model: {model} ({api} API)</source>
            <translation>Modelo: {model} (API {api})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat with alternatives: {0}</source>
            <translation>Chat con alternativas: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next-token probe: {0} (the top {1} only; the rest is shown as unknown tail mass)</source>
            <translation>Sondeo del siguiente token: {0} (solo los {1} primeros; el resto se muestra como masa desconocida de la cola)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Probabilities after the sampling chain: {0}</source>
            <translation>Probabilidades después de la cadena de muestreo: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt scoring: {0}</source>
            <translation>Puntuación del prompt: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tokenization: {0}</source>
            <translation>Tokenización: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Branch a reply from an alternative: {0}</source>
            <translation>Ramificar una respuesta desde una alternativa: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention, hidden states, embeddings and the logit lens need a local model.</source>
            <translation>La atención, los estados ocultos, los embeddings y la lente de logits necesitan un modelo local.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not keep the key: {error}</source>
            <translation>No se pudo guardar la clave: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the server's address first.</source>
            <translation>Indica primero la dirección del servidor.</translation>
        </message>
    </context>
    <context>
        <name>ContextView</name>
        <message>
            <location filename="../../gui/embeddings/context_view.py" line="+27" />
            <source>At the input (&lt;i&gt;emb&lt;/i&gt;) the word is the same vector in every sentence. Each layer mixes in the words around it, so the two vectors drift apart: the lower the cosine, the more the context changed what the model holds for the word.</source>
            <translation>En la entrada (&lt;i&gt;emb&lt;/i&gt;), la palabra es el mismo vector en todas las oraciones. Cada capa le mezcla las palabras de alrededor, así que los dos vectores se separan: cuanto menor el coseno, más cambió el contexto lo que el modelo guarda sobre la palabra.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Word</source>
            <translation>Palabra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The word to follow; it must appear in every sentence</source>
            <translation>La palabra a seguir; debe aparecer en todas las oraciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Two or more sentences that use the word, one per line</source>
            <translation>Dos o más oraciones que usen la palabra, una por línea</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the word's hidden state at every layer in each sentence</source>
            <translation>Lee el estado oculto de la palabra en cada capa, en cada oración</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>PCA of the word's vectors at every layer (scaled to length 1), one path per sentence; points grow from layer 0 to the last</source>
            <translation>PCA de los vectores de la palabra en cada capa (normalizados a longitud 1), un camino por oración; los puntos crecen de la capa 0 a la última</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Give a word and at least two sentences that use it</source>
            <translation>Escribe una palabra y al menos dos oraciones que la usen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;{word}&lt;/b&gt;, sentences 1 and 2: cosine {input} at the input, {first} after layer 0, lowest {lowest} at layer {layer}, {last} after the last (from {model}).</source>
            <translation>&lt;b&gt;{word}&lt;/b&gt;, oraciones 1 y 2: coseno {input} en la entrada, {first} después de la capa 0, mínimo de {lowest} en la capa {layer}, {last} después de la última (de {model}).</translation>
        </message>
    </context>
    <context>
        <name>CumulativeChart</name>
        <message>
            <location filename="../../gui/sampling/cumulative.py" line="+25" />
            <source>Start a prompt or pick a lesson to see where top-p cuts the distribution</source>
            <translation>Inicia un prompt o elige una lección para ver dónde corta top-p la distribución</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cumulative probability (as top-p sees it)</source>
            <translation>probabilidad acumulada (tal como la ve top-p)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank before the chain</source>
            <translation>posición antes de la cadena</translation>
        </message>
        <message>
            <location line="+42" />
            <source>kept ({count})</source>
            <translation>conservados ({count})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>removed</source>
            <translation>eliminados</translation>
        </message>
    </context>
    <context>
        <name>CuratedView</name>
        <message>
            <location filename="../../gui/library/curated_view.py" line="+42" />
            <source>Models that speak Portuguese and Spanish</source>
            <translation>Modelos que hablan portugués y español</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Small chat models for classes in Portuguese and Spanish (the packaged SmolLM2 speaks English only). One click downloads the model (Q4_K_M) into the Hugging Face cache. Sizes are approximate.</source>
            <translation>Modelos de chat pequeños para clases en portugués y español (el SmolLM2 incluido solo habla inglés). Un clic descarga el modelo (Q4_K_M) en la caché de Hugging Face. Los tamaños son aproximados.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size (approx.)</source>
            <translation>Tamaño (aprox.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>≈ {size} GB</source>
            <translation>≈ {size} GB</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approximate, as the model page rounds it: the exact size shows when the download starts.</source>
            <translation>Aproximado, como lo redondea la página del modelo: el tamaño exacto aparece cuando empieza la descarga.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read the licence before you use the model beyond the classroom.</source>
            <translation>Lee la licencia antes de usar el modelo fuera del aula.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Downloading…</source>
            <translation>Descargando…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load</source>
            <translation>Cargar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Downloaded: {path}</source>
            <translation>Descargado: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download {file} from {repo} into the Hugging Face cache.</source>
            <translation>Descarga {file} de {repo} en la caché de Hugging Face.</translation>
        </message>
    </context>
    <context>
        <name>DistributionChart</name>
        <message>
            <location filename="../../gui/sampling/distribution.py" line="+42" />
            <source>Start a prompt or pick a lesson to see the distribution</source>
            <translation>Inicia un prompt o elige una lección para ver la distribución</translation>
        </message>
        <message>
            <location line="+52" />
            <source>probability</source>
            <translation>probabilidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>candidate token</source>
            <translation>token candidato</translation>
        </message>
        <message>
            <location line="+267" />
            <source>before chain</source>
            <translation>antes de la cadena</translation>
        </message>
        <message>
            <location line="+0" />
            <source>after chain</source>
            <translation>después de la cadena</translation>
        </message>
        <message>
            <location line="+2" />
            <source>as typed (not a distribution: no chain applied)</source>
            <translation>tal como se escribió (no es una distribución: sin cadena aplicada)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chosen</source>
            <translation>elegido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sampled</source>
            <translation>muestreado</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsCharts</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="+35" />
            <source>Search a word to see it among its neighbours on a 2-D map</source>
            <translation>Busca una palabra para verla entre sus vecinos en un mapa 2D</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add two or more texts and press Compare</source>
            <translation>Agrega dos o más textos y pulsa Comparar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a word and two sentences that use it, then Compare</source>
            <translation>Escribe una palabra y dos oraciones que la usen, y pulsa Comparar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The word's path through the layers appears here</source>
            <translation>El camino de la palabra por las capas aparece aquí</translation>
        </message>
        <message>
            <location line="+14" />
            <source>PC{axis} ({share} % of variance)</source>
            <translation>PC{axis} ({share} % de la varianza)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>cosine {value}</source>
            <translation>coseno {value}</translation>
        </message>
        <message>
            <location line="+93" />
            <source>query</source>
            <translation>consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>neighbours</source>
            <translation>vecinos</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsExports</name>
        <message>
            <location filename="../../gui/embeddings/exports.py" line="+34" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Nothing to export yet</source>
            <translation>Todavía no hay nada que exportar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsPanel</name>
        <message>
            <location filename="../../gui/embeddings/panel.py" line="+36" />
            <source>Each token is a vector: a row of the model's embedding matrix. Two vectors are compared by their &lt;b&gt;cosine similarity&lt;/b&gt; cos(u, v) = u·v / (|u| |v|): near 1 = same direction (similar), 0 = unrelated, −1 = opposite. &lt;b&gt;Cosine distance&lt;/b&gt; = 1 − cos.</source>
            <translation>Cada token es un vector: una fila de la matriz de embeddings del modelo. Dos vectores se comparan por su &lt;b&gt;similitud del coseno&lt;/b&gt; cos(u, v) = u·v / (|u| |v|): cerca de 1 = misma dirección (parecidos), 0 = sin relación, −1 = opuestos. &lt;b&gt;Distancia del coseno&lt;/b&gt; = 1 − cos.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>this model</source>
            <translation>este modelo</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+7" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Load a model to explore its embeddings: the nearest neighbours of a word in the model's own embedding matrix, a 2-D map, text similarity, and a word's vector moving with its context.</source>
            <translation>Carga un modelo para explorar sus embeddings: los vecinos más cercanos de una palabra en la propia matriz de embeddings del modelo, un mapa 2D, la similitud entre textos y el vector de una palabra que cambia con su contexto.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A model is loading; its embeddings can be explored here as soon as it is ready. Results of the model loaded before are cleared: each result belongs to the model that made it.</source>
            <translation>Se está cargando un modelo; podrás explorar sus embeddings aquí en cuanto esté listo. Los resultados del modelo anterior se borraron: cada resultado pertenece al modelo que lo generó.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Neighbours</source>
            <translation>Vecinos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text similarity</source>
            <translation>Similitud de textos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word in context</source>
            <translation>Palabra en contexto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tokens nearest to a word in the embedding matrix, and a 2-D map</source>
            <translation>Los tokens más cercanos a una palabra en la matriz de embeddings, y un mapa 2D</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How similar whole texts are, from the model's hidden states</source>
            <translation>Qué tan parecidos son textos completos, según los estados ocultos del modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same word in different sentences, compared layer by layer</source>
            <translation>La misma palabra en oraciones distintas, comparada capa por capa</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Here: {vocab} tokens × {width} numbers ({model}).</source>
            <translation>Aquí: {vocab} tokens × {width} números ({model}).</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Embeddings: {message}</source>
            <translation>Embeddings: {message}</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsRequests</name>
        <message>
            <location filename="../../gui/embeddings/requests.py" line="+27" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the running computation (Esc)</source>
            <translation>Detiene el cálculo en curso (Esc)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Load a model first</source>
            <translation>Primero carga un modelo</translation>
        </message>
    </context>
    <context>
        <name>ExamplesView</name>
        <message>
            <location filename="../../gui/promptlab/examples.py" line="+42" />
            <source>Whose predictions to list</source>
            <translation>De qué plantilla listar las predicciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only mistakes</source>
            <translation>Solo errores</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+136" />
            <source>Open in sampling explorer</source>
            <translation>Abrir en el Explorador de muestreo</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The next-token distribution after this exact prompt</source>
            <translation>La distribución del siguiente token después de este prompt exacto</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+134" />
            <source>Open in attention</source>
            <translation>Abrir en Atención</translation>
        </message>
        <message>
            <location line="-132" />
            <source>Attention over this prompt, with instructions, shots and query marked</source>
            <translation>Atención sobre este prompt, con las instrucciones, los shots y la consulta marcados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Select an example to see the exact prompt the model saw</source>
            <translation>Selecciona un ejemplo para ver el prompt exacto que recibió el modelo</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <location line="+21" />
            <source>correct</source>
            <translation>correcto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>wrong: the true label is {label}</source>
            <translation>incorrecto: la etiqueta real es {label}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Copy prompt</source>
            <translation>Copiar prompt</translation>
        </message>
    </context>
    <context>
        <name>ExplorerExports</name>
        <message>
            <location filename="../../gui/sampling/exports.py" line="+27" />
            <source>The candidates shown, before and after the chain, with how often each was sampled</source>
            <translation>Los candidatos mostrados, antes y después de la cadena, con cuántas veces se muestreó cada uno</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The step with its prompt, model, settings, order and candidates</source>
            <translation>El paso con su prompt, modelo, configuración, orden y candidatos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The chart with a caption: prompt, model, settings and order, step</source>
            <translation>El gráfico con leyenda: prompt, modelo, configuración y orden, paso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The chart with a caption, as a vector drawing</source>
            <translation>El gráfico con leyenda, como dibujo vectorial</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A synthetic distribution (lesson “{title}”), no model</source>
            <translation>Una distribución sintética (lección “{title}”), sin modelo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tokens {tokens}</source>
            <translation>Tokens {tokens}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next-token distribution of {model}</source>
            <translation>Distribución del siguiente token de {model}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prompt “{prompt}”</source>
            <translation>Prompt “{prompt}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · step {number}</source>
            <translation> · paso {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pale blue bars: before the chain, teal: after it</source>
            <translation>barras celestes: antes de la cadena, verde azulado: después de ella</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, yellow: how often each came up in {draws} draws</source>
            <translation>, amarillo: cuántas veces salió cada uno en {draws} extracciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Entropy before the chain {before} bits, after it {after} bits</source>
            <translation>Entropía antes de la cadena {before} bits, después de ella {after} bits</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chain: {settings}</source>
            <translation>Cadena: {settings}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Nothing to export yet.</source>
            <translation>Todavía no hay nada que exportar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export step</source>
            <translation>Exportar paso</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The export was not written: {error}</source>
            <translation>No se pudo escribir la exportación: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExplorerLessons</name>
        <message>
            <location filename="../../gui/sampling/lessons.py" line="+51" />
            <source>Free exploration (your own prompt)</source>
            <translation>Exploración libre (tu propio prompt)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Built-in lessons: a prompt or a small distribution, with an explanation. A lesson shows its own settings; yours come back when you leave it.</source>
            <translation>Lecciones incluidas: un prompt o una distribución pequeña, con una explicación. Una lección muestra su propia configuración; la tuya vuelve cuando sales de ella.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;b&gt;Lesson&lt;/b&gt;</source>
            <translation>&lt;b&gt;Lección&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Load the model this lesson was written for</source>
            <translation>Carga el modelo para el que se escribió esta lección</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Set {preset} for this lesson</source>
            <translation>Aplicar {preset} en esta lección</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;b&gt;Written for {model}&lt;/b&gt;; {loaded} is loaded: its ranks and probabilities differ from the explanation's.</source>
            <translation>&lt;b&gt;Escrita para {model}&lt;/b&gt;; {loaded} está cargado: sus posiciones y probabilidades difieren de las de la explicación.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Switch to {model}</source>
            <translation>Cambiar a {model}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Loading {model} for the lesson…</source>
            <translation>Cargando {model} para la lección…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening step {number} of the chat reply…</source>
            <translation>Abriendo el paso {number} de la respuesta del chat…</translation>
        </message>
    </context>
    <context>
        <name>ExplorerModelChange</name>
        <message>
            <location filename="../../gui/sampling/model_change.py" line="+48" />
            <source>{model} is loaded now: press &lt;b&gt;Start&lt;/b&gt; to ask it</source>
            <translation>{model} está cargado ahora: pulsa &lt;b&gt;Iniciar&lt;/b&gt; para consultarlo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No model is loaded</source>
            <translation>No hay ningún modelo cargado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The distribution from {model} was cleared. {now}.</source>
            <translation>Se borró la distribución de {model}. {now}.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerState</name>
        <message>
            <location filename="../../gui/sampling/state.py" line="+48" />
            <source>no model</source>
            <translation>ningún modelo</translation>
        </message>
    </context>
    <context>
        <name>ExplorerStepping</name>
        <message>
            <location filename="../../gui/sampling/stepping.py" line="+38" />
            <source>Load a model first: the model bar at the top.</source>
            <translation>Carga un modelo primero: la barra de modelo en la parte superior.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Asking {model} for the distribution…</source>
            <translation>Pidiendo la distribución a {model}…</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The explorer's request failed: {error}</source>
            <translation>Falló la solicitud del explorador: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExplorerSynthetic</name>
        <message>
            <location filename="../../gui/sampling/synthetic.py" line="+25" />
            <source>Type a probability as 0.40, 0,40 or 40 %</source>
            <translation>Escribe una probabilidad como 0,40, 0.40 o 40 %</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“{text}” is not a probability.</source>
            <translation>“{text}” no es una probabilidad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A probability is between 0 and 1 (0 % to 100 %), not “{text}”.</source>
            <translation>Una probabilidad está entre 0 y 1 (0 % a 100 %), no “{text}”.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&lt;b&gt;{sum}&lt;/b&gt;. The chain is not applied to these values: press &lt;b&gt;Normalise&lt;/b&gt; to divide each by their sum.</source>
            <translation>&lt;b&gt;{sum}&lt;/b&gt;. La cadena no se aplica a estos valores: pulsa &lt;b&gt;Normalizar&lt;/b&gt; para dividir cada uno por su suma.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sum {total} — a distribution</source>
            <translation>Suma {total} — una distribución</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sum {total} — not a distribution until normalised</source>
            <translation>Suma {total} — no es una distribución hasta normalizarla</translation>
        </message>
        <message>
            <location line="+16" />
            <source>At least one probability must be above 0 to normalise.</source>
            <translation>Al menos una probabilidad debe ser mayor que 0 para normalizar.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerViews</name>
        <message>
            <location filename="../../gui/sampling/views.py" line="+32" />
            <source>Rank
(before chain)</source>
            <translation>Posición
(antes de la cadena)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before chain</source>
            <translation>Antes de la cadena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After chain</source>
            <translation>Después de la cadena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cumulative
(before chain)</source>
            <translation>Acumulada
(antes de la cadena)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed by</source>
            <translation>Eliminado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampled
(after chain)</source>
            <translation>Muestreado
(después de la cadena)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rank in the model's raw distribution, before any stage of the chain</source>
            <translation>Posición en la distribución original del modelo, antes de cualquier etapa de la cadena</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The candidate token</source>
            <translation>El token candidato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Probability in the raw distribution (softmax of the logits), before the chain</source>
            <translation>Probabilidad en la distribución original (softmax de los logits), antes de la cadena</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Probability after the chain: what a draw uses; 0 where a stage removed the token</source>
            <translation>Probabilidad después de la cadena: la que usa la extracción; 0 donde una etapa eliminó el token</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sum of the raw probabilities of this token and the more probable ones</source>
            <translation>Suma de las probabilidades originales de este token y de los más probables</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The stage of the chain that removed the token</source>
            <translation>La etapa de la cadena que eliminó el token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the token came up among the draws (Sample), drawn after the chain</source>
            <translation>Cuántas veces salió el token en las extracciones (Muestrear), hechas después de la cadena</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A synthetic distribution has no next step: edit it, or sample from it</source>
            <translation>Una distribución sintética no tiene siguiente paso: edítala o muestrea de ella</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Step: continue with {token}</source>
            <translation>Paso: continuar con {token}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue with the selected candidate (click its bar again to sample instead)</source>
            <translation>Continúa con el candidato seleccionado (haz clic de nuevo en su barra para muestrear)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step: sample</source>
            <translation>Paso: muestrear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw the next token from the distribution after the chain (seeded); click a bar to pick</source>
            <translation>Extrae el siguiente token de la distribución después de la cadena (con semilla); haz clic en una barra para elegir</translation>
        </message>
        <message>
            <location line="+123" />
            <source>A synthetic distribution (no model)</source>
            <translation>Una distribución sintética (sin modelo)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{source}&lt;/b&gt; · entropy before the chain &lt;b&gt;{before} bits&lt;/b&gt;, after it &lt;b&gt;{after} bits&lt;/b&gt; · &lt;b&gt;{kept}&lt;/b&gt; of {vocabulary} tokens survive the chain · the bars hold {mass} before it</source>
            <translation>&lt;b&gt;{source}&lt;/b&gt; · entropía antes de la cadena &lt;b&gt;{before} bits&lt;/b&gt;, después de ella &lt;b&gt;{after} bits&lt;/b&gt; · &lt;b&gt;{kept}&lt;/b&gt; de {vocabulary} tokens sobreviven a la cadena · las barras suman {mass} antes de ella</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&lt;b&gt;On the top {n} only&lt;/b&gt;: the server listed {n} tokens ({known} of the probability); the other {tail} is unknown. Bars, entropy and the chain here act on these {n}, renormalised.&lt;br&gt;</source>
            <translation>&lt;b&gt;Solo en los {n} primeros&lt;/b&gt;: el servidor listó {n} tokens ({known} de la probabilidad); el otro {tail} es desconocido. Las barras, la entropía y la cadena aquí actúan sobre esos {n}, renormalizados.&lt;br&gt;</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The chat recorded &lt;code&gt;{token}&lt;/code&gt; at {before} before the chain and &lt;b&gt;{after}&lt;/b&gt; after it; recomputed here: {here_before} and &lt;b&gt;{here_after}&lt;/b&gt; (a last digit can differ: the model's arithmetic depends slightly on how the context is batched).&lt;br&gt;</source>
            <translation>El chat registró &lt;code&gt;{token}&lt;/code&gt; con {before} antes de la cadena y &lt;b&gt;{after}&lt;/b&gt; después de ella; recalculado aquí: {here_before} y &lt;b&gt;{here_after}&lt;/b&gt; (el último dígito puede diferir: la aritmética del modelo depende un poco de cómo se agrupa el contexto en lotes).&lt;br&gt;</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&lt;i&gt;A synthetic distribution: edit a token's probability in the table.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Una distribución sintética: edita la probabilidad de un token en la tabla.&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(prompt)</source>
            <translation>(prompt)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Pick a lesson, or type a prompt and press &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation>Elige una lección, o escribe un prompt y pulsa &lt;b&gt;Iniciar&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerWords</name>
        <message>
            <location filename="../../gui/sampling/words.py" line="+77" />
            <source>Followed in the last rows of the table, at every step: {names}</source>
            <translation>Seguidos en las últimas filas de la tabla, en cada paso: {names}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} · watched: no such token</source>
            <translation>{name} · seguido: no existe ese token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a token of this distribution</source>
            <translation>No es un token de esta distribución</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} · watched</source>
            <translation>{name} · seguido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name}, followed with Find: its rank and probabilities at this step</source>
            <translation>{name}, seguido con Buscar: su posición y probabilidades en este paso</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name} is split into {count} pieces ({pieces}). Its probability is the product along its pieces, p(first) · p(second | first) …, from real probes of the model. A word has no rank of its own; its first piece ranks {rank} before the chain.</source>
            <translation>{name} se divide en {count} fragmentos ({pieces}). Su probabilidad es el producto a lo largo de sus fragmentos, p(primero) · p(segundo | primero) …, a partir de consultas reales al modelo. Una palabra no tiene posición propia; su primer fragmento está en la posición {rank} antes de la cadena.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a piece removed</source>
            <translation>un fragmento eliminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} · watched, {count} pieces</source>
            <translation>{name} · seguido, {count} fragmentos</translation>
        </message>
    </context>
    <context>
        <name>HeadEntropyChart</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+143" />
            <source>entropy (bits)</source>
            <translation>entropía (bits)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>head</source>
            <translation>cabeza</translation>
        </message>
        <message>
            <location line="+21" />
            <source>attention spread evenly</source>
            <translation>atención repartida por igual</translation>
        </message>
    </context>
    <context>
        <name>HubDownloads</name>
        <message>
            <location filename="../../gui/library/hub_downloads.py" line="+47" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop the download. The part already received is kept: download again to resume.</source>
            <translation>Detén la descarga. La parte ya recibida se conserva: descarga de nuevo para reanudar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download the selected file (every part of a split model) into the Hugging Face cache, which other tools share. The file is checked against the Hub's SHA-256 before it appears.</source>
            <translation>Descarga el archivo seleccionado (todas las partes de un modelo dividido) en la caché de Hugging Face, que comparten otras herramientas. El archivo se verifica con el SHA-256 del Hub antes de aparecer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load</source>
            <translation>Cargar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the model just downloaded.</source>
            <translation>Carga el modelo recién descargado.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Starting {file}…</source>
            <translation>Iniciando {file}…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Downloaded and verified · {size}</source>
            <translation>Descargado y verificado · {size}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is in the library: {path}</source>
            <translation>{file} está en la biblioteca: {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled · download again to resume</source>
            <translation>Cancelado · descarga de nuevo para reanudar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download cancelled. The part received is kept; Download resumes it.</source>
            <translation>Descarga cancelada. La parte recibida se conserva; Descargar la reanuda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download failed</source>
            <translation>La descarga falló</translation>
        </message>
    </context>
    <context>
        <name>HubRows</name>
        <message>
            <location filename="../../gui/library/hub_rows.py" line="+19" />
            <source>Repository</source>
            <translation>Repositorio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Likes</source>
            <translation>Me gusta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Cuantización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fits in memory</source>
            <translation>Cabe en memoria</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fits</source>
            <translation>Cabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tight</source>
            <translation>Justo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too big</source>
            <translation>Demasiado grande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compares the file's size with the memory this machine has free now. A model needs its file's size in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, 'Tight' may swap, 'Too big' will not load well.</source>
            <translation>Compara el tamaño del archivo con la memoria libre de esta máquina ahora. Un modelo necesita el tamaño de su archivo en memoria más espacio para el contexto (caché KV): 'Cabe' deja un cuarto de la memoria libre para eso, 'Justo' puede usar swap, 'Demasiado grande' no cargará bien.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Gated: accept the model's terms on its Hugging Face page and log in to download.</source>
            <translation>Restringido: acepta los términos del modelo en su página de Hugging Face e inicia sesión para descargarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suggested: the largest file that fits comfortably in this machine's free memory.</source>
            <translation>Sugerido: el archivo más grande que cabe con holgura en la memoria libre de esta máquina.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{repo}  (gated)</source>
            <translation>{repo}  (restringido)</translation>
        </message>
        <message>
            <location line="+17" />
            <source> (%n parts)</source>
            <translation> (%n partes)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>unknown</source>
            <translation>desconocida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>★ Suggested for this machine ({free} memory free): &lt;b&gt;{file}&lt;/b&gt; ({quantization}, {size})</source>
            <translation>★ Sugerido para esta máquina ({free} de memoria libre): &lt;b&gt;{file}&lt;/b&gt; ({quantization}, {size})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown quantization</source>
            <translation>cuantización desconocida</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{percent} %  ·  {done} of {total}</source>
            <translation>{percent} %  ·  {done} de {total}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{speed}/s, {seconds} s left</source>
            <translation>{speed}/s, quedan {seconds} s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{speed}/s average</source>
            <translation>{speed}/s de media</translation>
        </message>
    </context>
    <context>
        <name>HubView</name>
        <message>
            <location filename="../../gui/library/hub_view.py" line="+88" />
            <source>Search the Hugging Face Hub for GGUF models, e.g. SmolLM2 or Qwen2.5</source>
            <translation>Busca modelos GGUF en el Hugging Face Hub, por ejemplo SmolLM2 o Qwen2.5</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search GGUF repositories on the Hugging Face Hub, most downloaded first.</source>
            <translation>Busca repositorios GGUF en el Hugging Face Hub, los más descargados primero.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop waiting for the Hub. Without an answer, a search gives up by itself after {seconds} seconds.</source>
            <translation>Deja de esperar al Hub. Sin respuesta, la búsqueda se rinde sola después de {seconds} segundos.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+138" />
            <source>Search to see repositories.</source>
            <translation>Busca para ver repositorios.</translation>
        </message>
        <message>
            <location line="-137" />
            <location line="+49" />
            <location line="+90" />
            <source>Choose a repository to see its GGUF files.</source>
            <translation>Elige un repositorio para ver sus archivos GGUF.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Repositories</source>
            <translation>Repositorios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Searching {hub} for “{query}”…</source>
            <translation>Buscando “{query}” en {hub}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Searching {hub}…</source>
            <translation>Buscando en {hub}…</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Search cancelled.</source>
            <translation>Búsqueda cancelada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Listing cancelled. Search again to retry.</source>
            <translation>Listado cancelado. Busca de nuevo para reintentar.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No GGUF repositories match.</source>
            <translation>Ningún repositorio GGUF coincide.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Listing {repo}…</source>
            <translation>Listando {repo}…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This repository has no .gguf files.</source>
            <translation>Este repositorio no tiene archivos .gguf.</translation>
        </message>
    </context>
    <context>
        <name>InsideLayout</name>
        <message>
            <location filename="../../gui/inside/layout.py" line="+33" />
            <source>Lens grid as PNG…</source>
            <translation>Cuadrícula de la lente en PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lens as CSV…</source>
            <translation>Lente en CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lens as JSON…</source>
            <translation>Lente en JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target chart as PNG…</source>
            <translation>Gráfico del objetivo en PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as PNG…</source>
            <translation>Atribución en PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as CSV…</source>
            <translation>Atribución en CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as JSON…</source>
            <translation>Atribución en JSON…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Logit lens</source>
            <translation>Lente de logits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution</source>
            <translation>Atribución</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A prompt to look inside</source>
            <translation>Un prompt para mirar por dentro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The prompt, as plain text (BOS is added as the model expects)</source>
            <translation>El prompt, como texto plano (el BOS se agrega como el modelo espera)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>default: the model's own choice</source>
            <translation>predeterminado: la elección del propio modelo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The continuation to follow or explain, with its leading space (' Paris'), or #id for a token</source>
            <translation>La continuación que quieres seguir o explicar, con su espacio inicial (' Paris'), o #id para un token</translation>
        </message>
        <message>
            <location line="+4" />
            <source>optional, e.g.  Lyon</source>
            <translation>opcional, p. ej.  Lyon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attribution only: explain why the target rather than this continuation</source>
            <translation>Solo para la atribución: explica por qué el objetivo y no esta continuación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>word</source>
            <translation>palabra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>token</source>
            <translation>token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sentence</source>
            <translation>oración</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is left out at a time when scoring the prompt</source>
            <translation>Lo que se omite cada vez al puntuar el prompt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Top tokens kept per layer and position (shown on hover)</source>
            <translation>Tokens más probables guardados por capa y posición (se muestran al pasar el cursor)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also look at this many greedily generated tokens (lens only)</source>
            <translation>Mira también esta cantidad de tokens generados de forma voraz (solo la lente)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rather than</source>
            <translation>En lugar de</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top k</source>
            <translation>Top k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Run lens</source>
            <translation>Ejecutar la lente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each layer's next-token prediction at every position (Ctrl+Return)</source>
            <translation>La predicción del siguiente token de cada capa en cada posición (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attribute</source>
            <translation>Atribuir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occlusion, then attention rollout, for the target</source>
            <translation>Oclusión y luego attention rollout, para el objetivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the running computation (Esc)</source>
            <translation>Detener el cálculo en curso (Esc)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Click a column to follow that position; hover a cell for its numbers.</source>
            <translation>Haz clic en una columna para seguir esa posición; pasa el cursor sobre una celda para ver sus números.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unit</source>
            <translation>unidad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>occlusion Δ log p (nats)</source>
            <translation>oclusión Δ log p (nats)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rollout share</source>
            <translation>fracción del rollout</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hover a unit for its score.</source>
            <translation>Pasa el cursor sobre una unidad para ver su puntaje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Occlusion&lt;/b&gt; — the drop in log p(target) when the unit is left out</source>
            <translation>&lt;b&gt;Oclusión&lt;/b&gt; — la caída de log p(objetivo) cuando se omite la unidad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Attention rollout&lt;/b&gt; — a different method: attention flow, target-blind</source>
            <translation>&lt;b&gt;Attention rollout&lt;/b&gt; — otro método: el flujo de la atención, sin mirar el objetivo</translation>
        </message>
    </context>
    <context>
        <name>InsidePanel</name>
        <message>
            <location filename="../../gui/inside/panel.py" line="+92" />
            <source>Load a model first</source>
            <translation>Carga un modelo primero</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Type a prompt first</source>
            <translation>Escribe un prompt primero</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Running lens…</source>
            <translation>Ejecutando la lente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running occlusion…</source>
            <translation>Ejecutando la oclusión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running rollout…</source>
            <translation>Ejecutando el rollout…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lens cancelled</source>
            <translation>Lente cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>occlusion cancelled</source>
            <translation>Oclusión cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout cancelled</source>
            <translation>Rollout cancelado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lens failed: {error}</source>
            <translation>La lente falló: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>occlusion failed: {error}</source>
            <translation>La oclusión falló: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout failed: {error}</source>
            <translation>El rollout falló: {error}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That result came from a model that is no longer loaded; run it again</source>
            <translation>Ese resultado vino de un modelo que ya no está cargado; vuelve a ejecutarlo</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The results came from another model and were cleared; run them again.</source>
            <translation>Los resultados venían de otro modelo y se borraron; vuelve a ejecutarlos.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>; last layer vs llama.cpp: max |Δp| {error}</source>
            <translation>; última capa vs. llama.cpp: |Δp| máx. {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{layers} layers × {positions} positions ({prompt} of the prompt){check}. Rows: layers (last on top); columns: positions.</source>
            <translation>{layers} capas × {positions} posiciones ({prompt} del prompt){check}. Filas: capas (la última arriba); columnas: posiciones.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Following {target} after {token}: p after the last layer {prob}.</source>
            <translation>Siguiendo {target} después de {token}: p tras la última capa {prob}.</translation>
        </message>
        <message numerus="yes">
            <location line="+35" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n token</numerusform>
                <numerusform>%n tokens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n sentence(s)</source>
            <translation>
                <numerusform>%n oración</numerusform>
                <numerusform>%n oraciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Occlusion of {units}: {what} = {base}; {evaluations} token evaluations with prefix reuse (naive: {naive}).</source>
            <translation>Oclusión de {units}: {what} = {base}; {evaluations} evaluaciones de token reutilizando prefijos (ingenuo: {naive}).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{unit}: occlusion Δ log p (nats) {score}</source>
            <translation>{unit}: oclusión Δ log p (nats) {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{unit}: rollout share of the attention flow {score}</source>
            <translation>{unit}: rollout, fracción del flujo de atención {score}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing to export yet: run the attribution</source>
            <translation>Nada que exportar todavía: ejecuta la atribución</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to export yet: run the lens</source>
            <translation>Nada que exportar todavía: ejecuta la lente</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved {name}</source>
            <translation>Guardado: {name}</translation>
        </message>
    </context>
    <context>
        <name>InsideTexts</name>
        <message>
            <location filename="../../gui/inside/texts.py" line="+16" />
            <source>&lt;b&gt;Logit lens&lt;/b&gt;: after each layer ℓ the residual stream h&lt;sub&gt;ℓ&lt;/sub&gt; (what the layer hands on) goes through the model's own final norm and unembedding — p&lt;sub&gt;ℓ&lt;/sub&gt; = softmax(W&lt;sub&gt;U&lt;/sub&gt; · norm(h&lt;sub&gt;ℓ&lt;/sub&gt;)) — as if the model stopped there. Each cell is the most probable next token at that layer (row) and position (column), coloured by its probability (viridis). It shows when a prediction takes shape; middle layers were not trained to be read this way, so a poor early guess is not proof that the layer 'knows' nothing.</source>
            <translation>&lt;b&gt;Lente de logits&lt;/b&gt;: después de cada capa ℓ, el flujo residual h&lt;sub&gt;ℓ&lt;/sub&gt; (lo que la capa pasa adelante) atraviesa la norma final y el unembedding del propio modelo — p&lt;sub&gt;ℓ&lt;/sub&gt; = softmax(W&lt;sub&gt;U&lt;/sub&gt; · norm(h&lt;sub&gt;ℓ&lt;/sub&gt;)) — como si el modelo se detuviera ahí. Cada celda es el siguiente token más probable en esa capa (fila) y posición (columna), coloreado según su probabilidad (viridis). Muestra cuándo toma forma una predicción; las capas intermedias no se entrenaron para leerse así, de modo que una mala conjetura temprana no prueba que la capa 'no sepa' nada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;Occlusion&lt;/b&gt; leaves each unit out and re-evaluates: score = log p(target | prompt) − log p(target | prompt without it), in nats (contrastive: the change of log p(A) − log p(B)). Positive = the target needed it. It measures this model's reaction to a shorter prompt — text with a hole — not how the model uses the unit inside the full prompt. &lt;b&gt;Attention rollout&lt;/b&gt; (a different method, shown beside it) multiplies the head-averaged attention of every layer, with the residual path added; it ignores the MLPs and the target, and nearly all of it flows to the first token (the attention sink), which is left out and the rest renormalised. Where the two disagree, trust occlusion's numbers, and neither as a full explanation.</source>
            <translation>La &lt;b&gt;oclusión&lt;/b&gt; omite cada unidad y vuelve a evaluar: puntaje = log p(objetivo | prompt) − log p(objetivo | prompt sin ella), en nats (contrastivo: el cambio de log p(A) − log p(B)). Positivo = el objetivo la necesitaba. Mide la reacción de este modelo a un prompt más corto — un texto con un hueco —, no cómo usa el modelo la unidad dentro del prompt completo. El &lt;b&gt;attention rollout&lt;/b&gt; (otro método, que se muestra al lado) multiplica la atención promediada entre cabezas de cada capa, sumando el camino residual; ignora los MLP y el objetivo, y casi todo fluye hacia el primer token (el attention sink), que se deja fuera, y el resto se renormaliza. Donde los dos no coincidan, confía en los números de la oclusión, y en ninguno como explicación completa.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Type a prompt and press &lt;b&gt;Run lens&lt;/b&gt; (Ctrl+Return) to see each layer's prediction.</source>
            <translation>Escribe un prompt y pulsa &lt;b&gt;Ejecutar la lente&lt;/b&gt; (Ctrl+Return) para ver la predicción de cada capa.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Press &lt;b&gt;Attribute&lt;/b&gt; to see which parts of the prompt the prediction rests on.</source>
            <translation>Pulsa &lt;b&gt;Atribuir&lt;/b&gt; para ver en qué partes del prompt se apoya la predicción.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>occlusion</source>
            <translation>oclusión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout</source>
            <translation>rollout</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Layer {layer}, after {position}: the lens's most probable next tokens</source>
            <translation>Capa {layer}, después de {position}: los siguientes tokens más probables según la lente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>p({target}) = {prob} % (rank {rank}); entropy {entropy} bits; KL to the final layer {kl} bits</source>
            <translation>p({target}) = {prob} % (posición {rank}); entropía {entropy} bits; KL respecto de la última capa {kl} bits</translation>
        </message>
    </context>
    <context>
        <name>LayerCosineChart</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="+157" />
            <source>sentence {a} vs {b}</source>
            <translation>oración {a} vs. {b}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer (emb = input embedding)</source>
            <translation>capa (emb = embedding de entrada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cosine similarity</source>
            <translation>similitud del coseno</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../gui/chat/widgets.py" line="+21" />
            <source>p(token):</source>
            <translation>p(token):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The model's probability of each chosen token, before the sampling chain.</source>
            <translation>La probabilidad que el modelo dio a cada token elegido, antes de la cadena de muestreo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chosen tokens the model gave {range} probability</source>
            <translation>Tokens elegidos a los que el modelo dio probabilidad {range}</translation>
        </message>
    </context>
    <context>
        <name>LensGrid</name>
        <message>
            <location filename="../../gui/inside/grid.py" line="+33" />
            <source>Hover a cell for the layer's top tokens, the target's probability and rank</source>
            <translation>Pasa el cursor sobre una celda para ver los tokens más probables de la capa, la probabilidad del objetivo y su posición</translation>
        </message>
        <message>
            <location line="+15" />
            <source>layer {layer}</source>
            <translation>capa {layer}</translation>
        </message>
    </context>
    <context>
        <name>LibraryRows</name>
        <message>
            <location filename="../../gui/library/library_rows.py" line="+20" />
            <source>Packaged</source>
            <translation>Incluido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hugging Face cache</source>
            <translation>Caché de Hugging Face</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Architecture</source>
            <translation>Arquitectura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Cuantización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No models found.

Download one from the Hugging Face Hub (the Download tab), or add a folder that holds .gguf files.</source>
            <translation>No se encontraron modelos.

Descarga uno del Hugging Face Hub (la pestaña Descargar) o agrega una carpeta con archivos .gguf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trained context: the longest sequence, in tokens, the model was trained to attend over.</source>
            <translation>Contexto de entrenamiento: la secuencia más larga, en tokens, sobre la que el modelo fue entrenado para prestar atención.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools ({folder}). Folder: a folder you added.</source>
            <translation>Incluido: instalado con Lanterna. Caché de Hugging Face: la caché compartida con otras herramientas ({folder}). Carpeta: una carpeta que agregaste.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, slightly less accurate. Q4_K_M is a common balance.</source>
            <translation>Bits por peso: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Menos bits: un archivo más pequeño y rápido, un poco menos preciso. Q4_K_M es un equilibrio habitual.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Just now</source>
            <translation>Justo ahora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%n min ago</source>
            <translation>hace %n min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%n h ago</source>
            <translation>hace %n h</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%n days ago</source>
            <translation>hace %n días</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{source}: {repo}</source>
            <translation>{source}: {repo}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (%n parts)</source>
            <translation> (%n partes)</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../../gui/library/library_view.py" line="+86" />
            <source>Filter by name, architecture, quantization, source or path</source>
            <translation>Filtra por nombre, arquitectura, cuantización, origen o ruta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Folders</source>
            <translation>Carpetas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folders Lanterna searches for .gguf files (with their subfolders), besides the packaged models and the Hugging Face cache.</source>
            <translation>Carpetas en las que Lanterna busca archivos .gguf (con sus subcarpetas), además de los modelos incluidos y la caché de Hugging Face.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add folder…</source>
            <translation>Agregar carpeta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a folder of .gguf files to the library.</source>
            <translation>Agrega a la biblioteca una carpeta de archivos .gguf.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look for models again (new downloads, files copied into folders).</source>
            <translation>Busca modelos de nuevo (descargas nuevas, archivos copiados a las carpetas).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder that holds this model in the file manager.</source>
            <translation>Abre en el gestor de archivos la carpeta que contiene este modelo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the model's file (every part of a split model). For the Hugging Face cache, the cached file itself is removed, so other tools that share the cache lose it too. Asks first.</source>
            <translation>Elimina el archivo del modelo (todas las partes de un modelo dividido). En la caché de Hugging Face se borra el propio archivo en caché, así que las otras herramientas que comparten la caché también lo pierden. Pregunta antes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load</source>
            <translation>Cargar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the selected model (or double-click it).</source>
            <translation>Carga el modelo seleccionado (o haz doble clic en él).</translation>
        </message>
        <message numerus="yes">
            <location line="+110" />
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n modelo</numerusform>
                <numerusform>%n modelos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Could not open a file manager for {folder}</source>
            <translation>No se pudo abrir un gestor de archivos para {folder}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not delete {model}: {error}</source>
            <translation>No se pudo eliminar {model}: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deleted {model} ({size} freed).</source>
            <translation>{model} eliminado ({size} liberados).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>It is in the Hugging Face cache, which other tools share: they lose it too.</source>
            <translation>Está en la caché de Hugging Face, que comparten otras herramientas: ellas también lo pierden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is deleted from disk.</source>
            <translation>El archivo se elimina del disco.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete {model} ({size})?</source>
            <translation>¿Eliminar {model} ({size})?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete model</source>
            <translation>Eliminar modelo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hugging Face cache: {folder}</source>
            <translation>Caché de Hugging Face: {folder}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {folder}</source>
            <translation>Quitar {folder}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No folders added yet</source>
            <translation>Aún no se agregaron carpetas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add a folder of GGUF models</source>
            <translation>Agregar una carpeta de modelos GGUF</translation>
        </message>
    </context>
    <context>
        <name>LoadSettingsDialog</name>
        <message>
            <location filename="../../gui/shell/load_settings.py" line="+35" />
            <source>This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with &lt;code&gt;python main.py setup --gpu cuda&lt;/code&gt; (or &lt;code&gt;vulkan&lt;/code&gt;, &lt;code&gt;metal&lt;/code&gt;).</source>
            <translation>Esta compilación de llama.cpp funciona solo en la CPU. Para usar la GPU, vuelve a compilarla con &lt;code&gt;python main.py setup --gpu cuda&lt;/code&gt; (o &lt;code&gt;vulkan&lt;/code&gt;, &lt;code&gt;metal&lt;/code&gt;).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load settings</source>
            <translation>Ajustes de carga</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many tokens the model can see at once (prompt + reply). More uses more memory.</source>
            <translation>Cuántos tokens ve el modelo a la vez (prompt + respuesta). Más contexto usa más memoria.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>automatic</source>
            <translation>automático</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Threads for generating tokens; automatic uses the measured count</source>
            <translation>Hilos para generar tokens; automático usa el número medido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Threads for reading the prompt; automatic uses the measured count</source>
            <translation>Hilos para leer el prompt; automático usa el número medido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re-tune</source>
            <translation>Volver a medir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measure every thread count again on the loaded model (a few seconds)</source>
            <translation>Volver a medir cada número de hilos en el modelo cargado (unos segundos)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>none (e.g. 192.168.1.20:50052, 192.168.1.21:50052)</source>
            <translation>ninguno (p. ej., 192.168.1.20:50052, 192.168.1.21:50052)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ggml-rpc-server workers on other machines (llama.cpp's RPC backend): the model's layers are split over them in this order, while this computer still runs the graph, so every view keeps working. Start one there with: ggml-rpc-server -H 0.0.0.0 -p 50052</source>
            <translation>Workers ggml-rpc-server en otras máquinas (el backend RPC de llama.cpp): las capas del modelo se reparten entre ellos en este orden, mientras este ordenador sigue ejecutando el grafo, así que todas las vistas siguen funcionando. Inicia uno allí con: ggml-rpc-server -H 0.0.0.0 -p 50052</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Flash attention</source>
            <translation>Flash attention</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Context size</source>
            <translation>Tamaño del contexto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CPU threads</source>
            <translation>Hilos de CPU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt threads</source>
            <translation>Hilos del prompt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>GPU layers</source>
            <translation>Capas en la GPU</translation>
        </message>
        <message>
            <location line="+5" />
            <source>RPC workers</source>
            <translation>Workers RPC</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Load a model to see its measured thread counts.</source>
            <translation>Cargue un modelo para ver los números de hilos medidos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>measured on this machine</source>
            <translation>medido en esta máquina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>measured earlier on this machine</source>
            <translation>medido antes en esta máquina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen by you</source>
            <translation>elegido por usted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>half the cores (not measured)</source>
            <translation>la mitad de los núcleos (sin medir)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In use: {generation} for generation, {prompt} for the prompt ({how}).</source>
            <translation>En uso: {generation} para la generación, {prompt} para el prompt ({how}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Threads</source>
            <translation>Hilos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Generation tok/s</source>
            <translation>Generación tok/s</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prompt tok/s</source>
            <translation>Prompt tok/s</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Measuring the thread counts…</source>
            <translation>Midiendo los números de hilos…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Re-tune failed: {message}</source>
            <translation>La nueva medición falló: {message}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>RPC workers: {problem}</source>
            <translation>Workers RPC: {problem}</translation>
        </message>
    </context>
    <context>
        <name>LoadedModelView</name>
        <message>
            <location filename="../../gui/library/loaded_model.py" line="+48" />
            <source>No model loaded. Pick one on the left, open a .gguf file, or drop one here.</source>
            <translation>Ningún modelo cargado. Elige uno a la izquierda, abre un archivo .gguf o suelta uno aquí.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This model has no chat template; Lanterna uses a plain fallback template.</source>
            <translation>Este modelo no tiene plantilla de chat; Lanterna usa una plantilla sencilla de respaldo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>GGUF is llama.cpp's single-file model format: the weights, the tokenizer and the model's settings (the metadata) travel together in one .gguf file.</source>
            <translation>GGUF es el formato de modelo en un solo archivo de llama.cpp: los pesos, el tokenizador y la configuración del modelo (los metadatos) viajan juntos en un único archivo .gguf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Quantization stores each weight in fewer bits than the 16 or 32 the model was trained with (Q4 ≈ 4 bits, Q8 ≈ 8 bits). Fewer bits make the file smaller and faster to run, at a small cost in accuracy. K-quants (Q4_K_M …) mix precisions per tensor.</source>
            <translation>La cuantización guarda cada peso en menos bits que los 16 o 32 con los que se entrenó el modelo (Q4 ≈ 4 bits, Q8 ≈ 8 bits). Menos bits hacen el archivo más pequeño y rápido de ejecutar, con un pequeño costo en precisión. Las K-quants (Q4_K_M …) mezclan precisiones por tensor.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The longest sequence, in tokens, the model was trained to attend over.</source>
            <translation>La secuencia más larga, en tokens, sobre la que el modelo fue entrenado para prestar atención.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The context window llama.cpp allocated for this session: prompt plus generated tokens must fit in it.</source>
            <translation>La ventana de contexto que llama.cpp reservó para esta sesión: el prompt más los tokens generados deben caber en ella.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Query heads each look at the context their own way. Key/value (KV) heads hold what is looked at; sharing a KV head between several query heads (grouped-query attention) shrinks the KV cache.</source>
            <translation>Cada cabeza de consulta mira el contexto a su manera. Las cabezas de clave/valor (KV) guardan lo que se mira; compartir una cabeza KV entre varias cabezas de consulta (atención de consultas agrupadas) reduce la caché KV.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many distinct tokens the tokenizer knows: the width of every next-token distribution.</source>
            <translation>Cuántos tokens distintos conoce el tokenizador: el ancho de cada distribución del siguiente token.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The width of the vector that represents each token inside the model.</source>
            <translation>El ancho del vector que representa cada token dentro del modelo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tokens with a job rather than a meaning: beginning and end of sequence, end of turn, padding…</source>
            <translation>Tokens con una función en lugar de un significado: inicio y fin de secuencia, fin de turno, relleno…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A Jinja template, stored in the GGUF file, that turns a list of chat messages into the exact prompt text the model was fine-tuned on.</source>
            <translation>Una plantilla Jinja, guardada en el archivo GGUF, que convierte una lista de mensajes de chat en el texto exacto de prompt con el que se hizo el ajuste fino del modelo.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Which machine holds each layer's weights, as llama.cpp placed them at load. Layers on RPC workers are computed there; this computer schedules the graph, so every view still reads them. Workers keep the weights as the file stores them, while a local run repacks some quantized layers for this CPU: the two can differ slightly (for Gemma-3-270M up to 0.03 in a probability).</source>
            <translation>Qué máquina guarda los pesos de cada capa, tal como llama.cpp los repartió al cargar. Las capas en workers RPC se calculan allí; este ordenador planifica el grafo, así que todas las vistas siguen leyéndolas. Los workers conservan los pesos tal como los guarda el archivo, mientras que una ejecución local reorganiza algunas capas cuantizadas para esta CPU: las dos pueden diferir un poco (en Gemma-3-270M, hasta 0,03 en una probabilidad).</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+106" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="-105" />
            <source>Architecture</source>
            <translation>Arquitectura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Cuantización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File size</source>
            <translation>Tamaño del archivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trained context</source>
            <translation>Contexto de entrenamiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loaded context</source>
            <translation>Contexto cargado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layers</source>
            <translation>Capas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where layers run</source>
            <translation>Dónde se ejecutan las capas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heads / KV heads</source>
            <translation>Cabezas / cabezas KV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embedding size</source>
            <translation>Tamaño del embedding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vocabulary size</source>
            <translation>Tamaño del vocabulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GPU offload</source>
            <translation>Descarga en la GPU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Unload</source>
            <translation>Descargar de memoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free the loaded model's memory.</source>
            <translation>Libera la memoria del modelo cargado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loaded model</source>
            <translation>Modelo cargado</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special tokens</source>
            <translation>Tokens especiales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat template</source>
            <translation>Plantilla de chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metadata</source>
            <translation>Metadatos</translation>
        </message>
        <message>
            <location line="+21" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Filter keys and values…</source>
            <translation>Filtrar claves y valores…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The GGUF file's key/value settings, exactly as llama.cpp reads them.</source>
            <translation>La configuración de clave/valor del archivo GGUF, tal como la lee llama.cpp.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{name}: token {id}, text {text}</source>
            <translation>{name}: token {id}, texto {text}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special tokens ({count})</source>
            <translation>Tokens especiales ({count})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Metadata ({count})</source>
            <translation>Metadatos ({count})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/shell/main_window.py" line="+49" />
            <source>Engine starting…</source>
            <translation>Iniciando el motor…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engine ready · no model loaded</source>
            <translation>Motor listo · ningún modelo cargado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generating…</source>
            <translation>Generando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engine restarting…</source>
            <translation>Reiniciando el motor…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampling explorer</source>
            <translation>Explorador de muestreo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention</source>
            <translation>Atención</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt lab</source>
            <translation>Laboratorio de prompts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Puntuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside</source>
            <translation>Por dentro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+69" />
            <source>{rate} tokens/s</source>
            <translation>{rate} tokens/s</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Generation speed of the last reply</source>
            <translation>Velocidad de generación de la última respuesta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Memory used by the engine process (the model and its context)</source>
            <translation>Memoria usada por el proceso del motor (el modelo y su contexto)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Classroom</source>
            <translation>Aula</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Classroom</source>
            <translation>&amp;Aula</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Guided lessons that walk the course across the views (Ctrl+L)</source>
            <translation>Lecciones guiadas que recorren el curso por las vistas de la app (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No model loaded</source>
            <translation>Ningún modelo cargado</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lanterna restarted it and is loading {model} again.</source>
            <translation>Lanterna lo reinició y está cargando {model} de nuevo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lanterna restarted it.</source>
            <translation>Lanterna lo reinició.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;The engine stopped unexpectedly&lt;/b&gt;: {description}.</source>
            <translation>&lt;b&gt;El motor se detuvo inesperadamente&lt;/b&gt;: {description}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your chats are safe; a reply that was being written is kept up to its last token.</source>
            <translation>Tus chats están a salvo; una respuesta que se estaba escribiendo se conserva hasta su último token.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The engine process ended; restarted</source>
            <translation>El proceso del motor terminó; se reinició</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Engine memory {size}</source>
            <translation>Memoria del motor {size}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Preparing the Inside view…</source>
            <translation>Preparando la pestaña Por dentro…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../gui/embeddings/map_view.py" line="+26" />
            <source>Map: the query and its neighbours</source>
            <translation>Mapa: la consulta y sus vecinos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map: words you list</source>
            <translation>Mapa: palabras que tú indiques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map: a random sample of the vocabulary</source>
            <translation>Mapa: una muestra aleatoria del vocabulario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A 2-D picture of the vectors: their two main directions of variation (PCA). Vectors are
scaled to length 1 first, so the map shows directions, the thing cosine compares.</source>
            <translation>Una imagen 2D de los vectores: sus dos direcciones principales de variación (PCA). Antes, los vectores
se normalizan a longitud 1, así que el mapa muestra direcciones, que es lo que compara el coseno.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Comma-separated words (each as a word start, with a leading space)</source>
            <translation>Palabras separadas por comas (cada una como inicio de palabra, con un espacio delante)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many tokens to sample (the filters above apply)</source>
            <translation>Cuántos tokens muestrear (se aplican los filtros de arriba)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>seed </source>
            <translation>semilla </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same seed, same sample</source>
            <translation>Misma semilla, misma muestra</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+49" />
            <source>Draw</source>
            <translation>Dibujar</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Hover a point for its token and cosine; click it to search its neighbours</source>
            <translation>Pasa el mouse sobre un punto para ver su token y coseno; haz clic para buscar sus vecinos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map as a PNG picture</source>
            <translation>Guarda el mapa como imagen PNG</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
    </context>
    <context>
        <name>MetricBars</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="-193" />
            <source>accuracy</source>
            <translation>exactitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>macro-F1</source>
            <translation>macro-F1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Run a comparison to see accuracy, macro-F1 and calibration error</source>
            <translation>Ejecuta una comparación para ver exactitud, macro-F1 y error de calibración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value (0–1)</source>
            <translation>valor (0–1)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>always '{label}'</source>
            <translation>siempre '{label}'</translation>
        </message>
        <message>
            <location line="+5" />
            <source>chance (1 of {labels})</source>
            <translation>azar (1 de {labels})</translation>
        </message>
    </context>
    <context>
        <name>ModelLanguages</name>
        <message>
            <location filename="../../gui/library/languages.py" line="+13" />
            <source>Portuguese</source>
            <translation>Portugués</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>German</source>
            <translation>Alemán</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thai</source>
            <translation>Tailandés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>Chino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Japanese</source>
            <translation>Japonés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean</source>
            <translation>Coreano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vietnamese</source>
            <translation>Vietnamita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Llama architecture, 30 layers, 9 heads, 49k vocabulary, chat template. The default model.</source>
            <translation>Arquitectura Llama, 30 capas, 9 cabezas, vocabulario de 49 mil tokens, plantilla de chat. El modelo predeterminado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Gemma 3 architecture, 18 layers, sliding-window attention, 262k vocabulary, no chat template.</source>
            <translation>Arquitectura Gemma 3, 18 capas, atención con ventana deslizante, vocabulario de 262 mil tokens, sin plantilla de chat.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>English only</source>
            <translation>Solo inglés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{languages} and more</source>
            <translation>{languages} y otros</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{languages} and %n more</source>
            <translation>{languages} y %n más</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Speaks {languages} and many more languages.</source>
            <translation>Habla {languages} y muchos otros idiomas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Over %n languages, among them {languages}.</source>
            <translation>Más de %n idiomas, entre ellos {languages}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Officially: {languages}.</source>
            <translation>Oficialmente: {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Base model: it continues text, it does not chat. Good for few-shot prompts.</source>
            <translation>Modelo base: continúa el texto, no conversa. Bueno para prompts few-shot.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat model that reasons before it answers (/no_think in the system prompt turns that off).</source>
            <translation>Modelo de chat que razona antes de responder (/no_think en el prompt del sistema lo desactiva).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat model: follows instructions.</source>
            <translation>Modelo de chat: sigue instrucciones.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{languages} · base model</source>
            <translation>{languages} · modelo base</translation>
        </message>
        <message>
            <location line="+12" />
            <source>For Portuguese or Spanish, pick Gemma-3-270M or a chat model from Download → Models that speak Portuguese and Spanish.</source>
            <translation>Para portugués o español, elige Gemma-3-270M o un modelo de chat en Descargar → Modelos que hablan portugués y español.</translation>
        </message>
    </context>
    <context>
        <name>ModelLoading</name>
        <message>
            <location filename="../../gui/shell/model_loading.py" line="+65" />
            <source>Packaged and recent models</source>
            <translation>Modelos incluidos y recientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load</source>
            <translation>Cargar</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+109" />
            <source>Open GGUF…</source>
            <translation>Abrir GGUF…</translation>
        </message>
        <message>
            <location line="-107" />
            <source>Open a .gguf model file (Ctrl+O); you can also drop one on the window</source>
            <translation>Abre un archivo de modelo .gguf (Ctrl+O); también puedes soltarlo en la ventana</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unload</source>
            <translation>Liberar</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+105" />
            <source>Load settings…</source>
            <translation>Ajustes de carga…</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Context size, CPU threads, GPU layers</source>
            <translation>Tamaño del contexto, hilos de CPU, capas en la GPU</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+184" />
            <source>No model loaded</source>
            <translation>Ningún modelo cargado</translation>
        </message>
        <message>
            <location line="-181" />
            <source>&lt;b&gt;Model&lt;/b&gt;</source>
            <translation>&lt;b&gt;Modelo&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Dismiss</source>
            <translation>Cerrar aviso</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Stop the reply before loading another model.</source>
            <translation>Detén la respuesta antes de cargar otro modelo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Loading {model}…</source>
            <translation>Cargando {model}…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open a GGUF model</source>
            <translation>Abrir un modelo GGUF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GGUF models (*.gguf)</source>
            <translation>Modelos GGUF (*.gguf)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Model</source>
            <translation>&amp;Modelo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to a server…</source>
            <translation>Conectar a un servidor…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{model} · {architecture} · {millions} M parameters · {quantization} · context {n_ctx}</source>
            <translation>{model} · {architecture} · {millions} M de parámetros · {quantization} · contexto {n_ctx}</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>layers on %n RPC worker(s)</source>
            <translation>
                <numerusform>capas en %n worker RPC</numerusform>
                <numerusform>capas en %n workers RPC</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>{model} on a server ({api}) · top {top_n} alternatives per token</source>
            <translation>{model} en un servidor ({api}) · {top_n} alternativas por token</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Loading cancelled · no model loaded</source>
            <translation>Carga cancelada · ningún modelo cargado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Could not load the model.&lt;/b&gt; {message}</source>
            <translation>&lt;b&gt;No se pudo cargar el modelo.&lt;/b&gt; {message}</translation>
        </message>
    </context>
    <context>
        <name>ModelPanel</name>
        <message>
            <location filename="../../gui/library/panel.py" line="+39" />
            <source>file not found</source>
            <translation>archivo no encontrado</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packaged and recent models, and the facts of the loaded one.</source>
            <translation>Modelos incluidos y recientes, y los datos del modelo cargado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every GGUF model on this machine, wherever it is.</source>
            <translation>Todos los modelos GGUF de esta máquina, estén donde estén.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search the Hugging Face Hub and download GGUF models, or pick one for Portuguese and Spanish.</source>
            <translation>Busca en el Hugging Face Hub y descarga modelos GGUF, o elige uno para portugués y español.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Packaged</source>
            <translation>Incluidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Recientes</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load</source>
            <translation>Cargar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the selected model (or double-click it).</source>
            <translation>Carga el modelo seleccionado (o haz doble clic en él).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open GGUF file…</source>
            <translation>Abrir archivo GGUF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{gguf}

You can also drop a .gguf file onto this tab.</source>
            <translation>{gguf}

También puedes soltar un archivo .gguf en esta pestaña.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No recent files yet</source>
            <translation>Aún no hay archivos recientes</translation>
        </message>
        <message>
            <location line="+114" />
            <source>Open a GGUF model</source>
            <translation>Abrir un modelo GGUF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GGUF models (*.gguf)</source>
            <translation>Modelos GGUF (*.gguf)</translation>
        </message>
    </context>
    <context>
        <name>ModelRowDelegate</name>
        <message>
            <location filename="../../gui/library/model_rows.py" line="+58" />
            <source>loaded</source>
            <translation>cargado</translation>
        </message>
    </context>
    <context>
        <name>ModelText</name>
        <message>
            <location filename="../../gui/library/model_text.py" line="+19" />
            <source>{count} bytes</source>
            <translation>{count} bytes</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{counts} — every query head has its own KV head</source>
            <translation>{counts} — cada cabeza de consulta tiene su propia cabeza KV</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{counts} — grouped-query attention: {share} query heads share each KV head</source>
            <translation>{counts} — atención de consultas agrupadas: {share} cabezas de consulta comparten cada cabeza KV</translation>
        </message>
        <message>
            <location line="+7" />
            <source>installed</source>
            <translation>instalado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not installed</source>
            <translation>no instalado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{count} tokens</source>
            <translation>{count} tokens</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{size} ({count} bytes)</source>
            <translation>{size} ({count} bytes)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>on the server</source>
            <translation>en el servidor</translation>
        </message>
        <message>
            <location line="+6" />
            <source>available in this build</source>
            <translation>disponible en esta compilación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CPU only build</source>
            <translation>compilación solo para CPU</translation>
        </message>
        <message>
            <location line="+8" />
            <source>this computer</source>
            <translation>este ordenador</translation>
        </message>
        <message>
            <location line="+11" />
            <source>layers {span}: {where}</source>
            <translation>capas {span}: {where}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>output: {where}</source>
            <translation>salida: {where}</translation>
        </message>
    </context>
    <context>
        <name>NeighboursView</name>
        <message>
            <location filename="../../gui/embeddings/neighbours_view.py" line="+43" />
            <source>Rank</source>
            <translation>Posición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cosine</source>
            <translation>Coseno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance</source>
            <translation>Distancia</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Word or phrase</source>
            <translation>Palabra o frase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Analogy a − b + c</source>
            <translation>Analogía a − b + c</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Word or phrase: its vector (several tokens: the mean of their vectors), or #id for one token.
Analogy: the vector a − b + c, e.g. king, man, woman → queen.</source>
            <translation>Palabra o frase: su vector (varios tokens: el promedio de sus vectores), o #id para un token.
Analogía: el vector a − b + c, por ejemplo king, man, woman → queen.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How many neighbours to list</source>
            <translation>Cuántos vecinos listar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find the nearest tokens over the whole vocabulary (Enter)</source>
            <translation>Encuentra los tokens más cercanos en todo el vocabulario (Enter)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Word start (leading space)</source>
            <translation>Inicio de palabra (espacio delante)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tokenizers keep the space before a word: ' king' is the word, 'king' is a piece found inside
other words or at the start of a text. Ticked, a space is put before what you type.</source>
            <translation>Los tokenizadores guardan el espacio antes de una palabra: ' king' es la palabra, 'king' es un trozo que aparece dentro
de otras palabras o al inicio de un texto. Marcado, se pone un espacio antes de lo que escribas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide special and byte tokens</source>
            <translation>Ocultar tokens especiales y de bytes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave out control tokens (&lt;bos&gt;, &lt;|im_end|&gt; …) and raw bytes (&lt;0xE2&gt; …)</source>
            <translation>Deja fuera los tokens de control (&lt;bos&gt;, &lt;|im_end|&gt; …) y los bytes crudos (&lt;0xE2&gt; …)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole words only</source>
            <translation>Solo palabras completas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only tokens that start a word (leading space) and are letters only</source>
            <translation>Solo tokens que inician una palabra (espacio delante) y tienen solo letras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List the query's own tokens</source>
            <translation>Listar los tokens de la propia consulta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Normally the query's tokens are left out of its neighbours. Ticked, they stay in the ranking:
a one-token query then comes first with cosine 1 (every vector is identical to itself).</source>
            <translation>Normalmente los tokens de la consulta quedan fuera de sus vecinos. Marcado, se quedan en la clasificación:
una consulta de un solo token aparece entonces primero, con coseno 1 (todo vector es idéntico a sí mismo).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Double-click a token to search its own neighbours</source>
            <translation>Haz doble clic en un token para buscar sus propios vecinos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the neighbour table as CSV</source>
            <translation>Guarda la tabla de vecinos como CSV</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Type a word, a phrase or #id</source>
            <translation>Escribe una palabra, una frase o #id</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An analogy needs three words: a, b, c</source>
            <translation>Una analogía necesita tres palabras: a, b, c</translation>
        </message>
        <message>
            <location line="+16" />
            <source>a, b, c   e.g. king, man, woman</source>
            <translation>a, b, c   por ejemplo king, man, woman</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a word, a phrase or #id</source>
            <translation>una palabra, una frase o #id</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Three words a, b, c: the tokens nearest to a − b + c</source>
            <translation>Tres palabras a, b, c: los tokens más cercanos a a − b + c</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A word, a phrase (the mean of its tokens' vectors) or #id for one token id</source>
            <translation>Una palabra, una frase (el promedio de los vectores de sus tokens) o #id para el id de un token</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Embedding matrix from the cache in {seconds} s</source>
            <translation>Matriz de embeddings leída de la caché en {seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Embedding matrix read from the model file in {seconds} s</source>
            <translation>Matriz de embeddings leída del archivo del modelo en {seconds} s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — a − b + c tokens: {tokens}.</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — tokens de a − b + c: {tokens}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens} (the mean of their vectors).</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — tokens de la consulta: {tokens} (el promedio de sus vectores).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens}.</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — tokens de la consulta: {tokens}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nearest of {vocab} tokens in {ms} ms, from {model}.</source>
            <translation>Los más cercanos entre {vocab} tokens en {ms} ms, de {model}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{token} (token #{id}): cosine {cosine}</source>
            <translation>{token} (token #{id}): coseno {cosine}</translation>
        </message>
    </context>
    <context>
        <name>OverviewGrid</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="-127" />
            <source>head</source>
            <translation>cabeza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>layer</source>
            <translation>capa</translation>
        </message>
    </context>
    <context>
        <name>PromptLabPanel</name>
        <message>
            <location filename="../../gui/promptlab/panel.py" line="+102" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confusion</source>
            <translation>Confusión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Examples</source>
            <translation>Ejemplos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityDiagram</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="+111" />
            <source>Run a comparison to see how well confidence matches accuracy</source>
            <translation>Ejecuta una comparación para ver qué tan bien coincide la confianza con la exactitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confidence (probability of the predicted label)</source>
            <translation>confianza (probabilidad de la etiqueta predicha)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>accuracy</source>
            <translation>exactitud</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{name} (ECE {ece})</source>
            <translation>{name} (ECE {ece})</translation>
        </message>
    </context>
    <context>
        <name>ResultOrigin</name>
        <message>
            <location filename="../../gui/promptlab/origin.py" line="+37" />
            <source>The model, dataset and seed of the run shown in the tabs below</source>
            <translation>El modelo, el conjunto de datos y la semilla de la ejecución que se muestra en las pestañas de abajo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No run shown yet: each result is marked with the model that made it.</source>
            <translation>Aún no se muestra ninguna ejecución: cada resultado se marca con el modelo que lo generó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an unknown model</source>
            <translation>un modelo desconocido</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{dataset}, %n examples, seed {seed}</source>
            <translation>
                <numerusform>{dataset}, %n ejemplo, semilla {seed}</numerusform>
                <numerusform>{dataset}, %n ejemplos, semilla {seed}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run on {model}: {facts}.</source>
            <translation>Ejecutado con {model}: {facts}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From {model} ({facts}); no model is loaded now.</source>
            <translation>De {model} ({facts}); ahora no hay ningún modelo cargado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From {model} ({facts}), not the loaded model {loaded}: run again to score with it.</source>
            <translation>De {model} ({facts}), no del modelo cargado {loaded}: vuelve a ejecutar para puntuar con él.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model file: {path}</source>
            <translation>Archivo del modelo: {path}</translation>
        </message>
    </context>
    <context>
        <name>ResultViews</name>
        <message>
            <location filename="../../gui/promptlab/results.py" line="+33" />
            <source>Accuracy</source>
            <translation>Exactitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of examples whose most probable label is the true one.</source>
            <translation>Proporción de ejemplos cuya etiqueta más probable es la real.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Macro-F1</source>
            <translation>Macro-F1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean over labels of F1 = 2·TP / (2·TP + FP + FN): punishes ignoring a label.</source>
            <translation>Media del F1 sobre las etiquetas, F1 = 2·VP / (2·VP + FP + FN): penaliza ignorar una etiqueta.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Log-loss</source>
            <translation>Log-loss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean −ln p(true label): lower is better; confident mistakes cost most.</source>
            <translation>Media de −ln p(etiqueta real): más bajo es mejor; los errores muy confiados cuestan más.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected calibration error over 10 confidence bins: Σ (n_b/N)·|accuracy_b − confidence_b|.</source>
            <translation>Error de calibración esperado en 10 tramos de confianza: Σ (n_b/N)·|exactitud_b − confianza_b|.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{name} predicts '{label}' for {count} of {total} examples: no better than always answering it (accuracy {always}).</source>
            <translation>{name} predice '{label}' en {count} de {total} ejemplos: no es mejor que responder siempre esa etiqueta (exactitud {always}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} predicts '{label}' for {count} of {total} examples: close to always answering it (accuracy {accuracy}, always '{label}' {always}).</source>
            <translation>{name} predice '{label}' en {count} de {total} ejemplos: casi lo mismo que responder siempre esa etiqueta (exactitud {accuracy}; siempre '{label}': {always}).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{name} scores {accuracy}: no better than always answering '{label}' ({majority}).</source>
            <translation>{name} obtiene {accuracy}: no es mejor que responder siempre '{label}' ({majority}).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>; tied with {labels}</source>
            <translation>; empatada con {labels}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Always answering the most frequent true label of these {total} examples ('{label}', {count} of {total}{tied}). A prompt that does not beat this has learnt nothing about the task.</source>
            <translation>Responder siempre la etiqueta real más frecuente de estos {total} ejemplos ('{label}', {count} de {total}{tied}). Un prompt que no supera esto no aprendió nada sobre la tarea.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A label picked at random: right once in {labels} on average.</source>
            <translation>Una etiqueta elegida al azar: acierta una de cada {labels} veces en promedio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>baseline: always '{label}'</source>
            <translation>línea base: siempre '{label}'</translation>
        </message>
        <message>
            <location line="+14" />
            <source>baseline: chance (1 of {labels})</source>
            <translation>línea base: azar (1 de {labels})</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Predicted: {counts}</source>
            <translation>Predichas: {counts}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Read the metrics against the baselines: a prompt that predicts one label for nearly every
example scores that label's share, whatever it says</source>
            <translation>Lee las métricas frente a las líneas base: un prompt que predice la misma etiqueta para casi todos
los ejemplos obtiene la proporción de esa etiqueta, diga lo que diga</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Higher is better for accuracy and macro-F1; lower is better for ECE</source>
            <translation>En exactitud y macro-F1, más alto es mejor; en ECE, más bajo es mejor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each point is a confidence bin (dot size = examples in it). On the dashed diagonal the model is right as often as it is confident; below it, over-confident.</source>
            <translation>Cada punto es un tramo de confianza (tamaño del punto = ejemplos en él). En la diagonal discontinua, el modelo acierta con la misma frecuencia con que confía; por debajo, tiene exceso de confianza.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Rows: true label; columns: predicted label; the diagonal is correct</source>
            <translation>Filas: etiqueta real; columnas: etiqueta predicha; la diagonal son los aciertos</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>&lt;b&gt;{name}&lt;/b&gt;: shot order over %n seeds, accuracy {low}–{high} (std {std})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: orden de los shots con %n semilla, exactitud {low}–{high} (desv. est. {std})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: orden de los shots con %n semillas, exactitud {low}–{high} (desv. est. {std})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{name}&lt;/b&gt; without shot {shot} ({label}): {accuracy} ({delta})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; sin el shot {shot} ({label}): {accuracy} ({delta})</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <location filename="../../gui/promptlab/run_controls.py" line="+33" />
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Chooses and orders the shots: the same seed gives the same numbers</source>
            <translation>Elige y ordena los shots: la misma semilla da los mismos números</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Score only the first N examples (shots are then drawn from the others)</source>
            <translation>Puntúa solo los primeros N ejemplos (los shots se sortean entonces entre los demás)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot: also score with the same shots in N shuffled orders</source>
            <translation>Few-shot: también puntúa con los mismos shots en N órdenes aleatorios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave one out</source>
            <translation>Dejar uno fuera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot: also score with each shot removed in turn</source>
            <translation>Few-shot: también puntúa quitando cada shot, uno a la vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation>Límite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders</source>
            <translation>Órdenes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Run comparison</source>
            <translation>Ejecutar comparación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load a model first: the comparison scores labels with the loaded model.</source>
            <translation>Primero carga un modelo: la comparación puntúa las etiquetas con el modelo cargado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot run: {error}</source>
            <translation>No se puede ejecutar: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a template to compare.</source>
            <translation>Agrega una plantilla para comparar.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Scoring…</source>
            <translation>Puntuando…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Done: %n examples on {model}.</source>
            <translation>
                <numerusform>Terminado: %n ejemplo con {model}.</numerusform>
                <numerusform>Terminado: %n ejemplos con {model}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The comparison failed: {message}</source>
            <translation>La comparación falló: {message}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No model loaded: load one in the model bar, then run the comparison.</source>
            <translation>No hay ningún modelo cargado: carga uno en la barra de modelo y luego ejecuta la comparación.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ready: each label of each example is scored by the loaded model.</source>
            <translation>Listo: el modelo cargado puntúa cada etiqueta de cada ejemplo.</translation>
        </message>
    </context>
    <context>
        <name>SamplingForm</name>
        <message>
            <location filename="../../gui/chat/settings_form.py" line="+50" />
            <source>Optional: instructions the model sees before the chat</source>
            <translation>Opcional: instrucciones que el modelo ve antes del chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system message is placed first by the model's chat template. It steers tone and role.</source>
            <translation>La plantilla de chat del modelo coloca primero el mensaje del sistema. Orienta el tono y el rol.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A chat template may write text the model reads but you did not type. This one writes a system prompt whenever the conversation has none.</source>
            <translation>Una plantilla de chat puede escribir texto que el modelo lee pero que tú no escribiste. Esta escribe un prompt del sistema siempre que la conversación no tiene uno.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Temperature divides the logits: below 1 sharpens the distribution, above 1 flattens it; 0 always takes the top token.</source>
            <translation>La temperatura divide los logits: por debajo de 1 concentra la distribución, por encima de 1 la aplana; 0 siempre elige el token más probable.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-k keeps only the k most probable tokens (0 = off).</source>
            <translation>Top-k conserva solo los k tokens más probables (0 = desactivado).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Top-p (nucleus) keeps the most probable tokens until their cumulative probability reaches p (1 = off).</source>
            <translation>Top-p (núcleo) conserva los tokens más probables hasta que su probabilidad acumulada llega a p (1 = desactivado).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Min-p drops tokens less probable than p × the top token's probability (0 = off).</source>
            <translation>Min-p descarta los tokens menos probables que p × la probabilidad del token más probable (0 = desactivado).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The reply stops after this many tokens.</source>
            <translation>La respuesta se detiene después de esta cantidad de tokens.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>random</source>
            <translation>aleatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same seed, prompt and settings give the same reply.</source>
            <translation>La misma semilla, el mismo prompt y la misma configuración dan la misma respuesta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;System prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;Prompt del sistema&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Sampling&lt;/b&gt;</source>
            <translation>&lt;b&gt;Muestreo&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-k</source>
            <translation>Top-k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min-p</source>
            <translation>Min-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max tokens</source>
            <translation>Máx. de tokens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chain order: top-k → top-p → min-p → temperature (llama.cpp's default).</source>
            <translation>Orden de la cadena: top-k → top-p → min-p → temperatura (la predeterminada de llama.cpp).</translation>
        </message>
    </context>
    <context>
        <name>SamplingPanel</name>
        <message>
            <location filename="../../gui/sampling/panel.py" line="+72" />
            <source>The chosen path: click a token to go back to that step</source>
            <translation>El camino elegido: haz clic en un token para volver a ese paso</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A prompt, e.g. “Recife é uma” — then Start</source>
            <translation>Un prompt, por ejemplo “Recife é uma” — luego Iniciar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chat template</source>
            <translation>Plantilla de chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrap the prompt as a user message in the model's chat template</source>
            <translation>Envuelve el prompt como mensaje del usuario en la plantilla de chat del modelo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the model for the distribution after the prompt</source>
            <translation>Pide al modelo la distribución después del prompt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step: sample</source>
            <translation>Paso: muestrear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>◂ Back</source>
            <translation>◂ Atrás</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many tokens Run samples, one step at a time</source>
            <translation>Cuántos tokens muestrea Ejecutar, un paso a la vez</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Seed of the sampling: same seed, same draws</source>
            <translation>Semilla del muestreo: misma semilla, mismas extracciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside ▸</source>
            <translation>Por dentro ▸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Look inside the model at this step: each layer's guess (logit lens) and which words pushed the chosen token, or the most probable one (attribution)</source>
            <translation>Mira por dentro del modelo en este paso: la apuesta de cada capa (lente de logits) y qué palabras empujaron el token elegido, o el más probable (atribución)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>seed</source>
            <translation>semilla</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The chain behind every number marked “after the chain”, in its order</source>
            <translation>La cadena detrás de cada número marcado “después de la cadena”, en su orden</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cumulative (top-p)</source>
            <translation>Acumulada (top-p)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temperature sweep</source>
            <translation>Barrido de temperatura</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Normalise</source>
            <translation>Normalizar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Divide every probability by their sum, so that they sum to 1</source>
            <translation>Divide cada probabilidad por la suma de todas, para que sumen 1</translation>
        </message>
        <message>
            <location line="+56" />
            <source>View</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Log scale</source>
            <translation>Escala logarítmica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a word, e.g. “ cidade”, then Enter</source>
            <translation>una palabra, por ejemplo “ cidade”, luego Enter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow any text at every step, in the last rows of the table; a word the model splits into pieces gets the probability of the whole word (the product along its pieces)</source>
            <translation>Sigue cualquier texto en cada paso, en las últimas filas de la tabla; una palabra que el modelo divide en fragmentos recibe la probabilidad de la palabra completa (el producto a lo largo de sus fragmentos)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bars</source>
            <translation>Barras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+5" />
            <source>Sample</source>
            <translation>Muestrear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw from the distribution after the chain (seeded); compare with the bars</source>
            <translation>Extrae de la distribución después de la cadena (con semilla); compárala con las barras</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Start a prompt on a model first: a made-up distribution has no layers to look into</source>
            <translation>Empieza primero un prompt en un modelo: una distribución inventada no tiene capas que mirar</translation>
        </message>
    </context>
    <context>
        <name>SavedRuns</name>
        <message>
            <location filename="../../gui/promptlab/runs.py" line="+55" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dataset</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Accuracy per template</source>
            <translation>Exactitud por plantilla</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Every finished comparison is saved here; double-click to reopen it</source>
            <translation>Cada comparación terminada se guarda aquí; haz doble clic para volver a abrirla</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export {format}…</source>
            <translation>Exportar {format}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shown run: one row per example and template</source>
            <translation>La ejecución mostrada: una fila por ejemplo y plantilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shown run: everything</source>
            <translation>La ejecución mostrada: todo</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to export yet: run a comparison or open a saved run.</source>
            <translation>Aún no hay nada que exportar: ejecuta una comparación o abre una ejecución guardada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export run</source>
            <translation>Exportar ejecución</translation>
        </message>
    </context>
    <context>
        <name>ScoreLayout</name>
        <message>
            <location filename="../../gui/scoring/layout.py" line="+30" />
            <source>Hover a token for its probability, rank and the alternatives the model expected</source>
            <translation>Pasa el mouse sobre un token para ver su probabilidad, su posición y las alternativas que esperaba el modelo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teacher forcing: the model reads the text and, at every token, says how probable that token was given everything before it (Ctrl+Return)</source>
            <translation>Teacher forcing: el modelo lee el texto y, en cada token, dice qué tan probable era ese token dado todo lo anterior (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Read the text A with the loaded model (A) and with model B. Same vocabulary: KL(P_A ‖ P_B) over the whole vocabulary at every token; different vocabularies: surprisal per word</source>
            <translation>Lee el texto A con el modelo cargado (A) y con el modelo B. Mismo vocabulario: KL(P_A ‖ P_B) sobre todo el vocabulario en cada token; vocabularios distintos: sorpresa por palabra</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write a lower-precision copy of the loaded model with llama.cpp's own quantizer into Lanterna's cache folder, then compare the model with it (a few seconds for the packaged models)</source>
            <translation>Escribe una copia de menor precisión del modelo cargado, con el propio cuantizador de llama.cpp, en la carpeta de caché de Lanterna; luego compara el modelo con ella (unos segundos para los modelos incluidos)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Paste or type a text to score…</source>
            <translation>Pega o escribe un texto para puntuar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: a second text, scored side by side</source>
            <translation>Opcional: un segundo texto, puntuado lado a lado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open text…</source>
            <translation>Abrir texto…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>alternatives </source>
            <translation>alternativas </translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many of the model's most probable tokens to list for each position</source>
            <translation>Cuántos de los tokens más probables del modelo listar en cada posición</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shade by surprisal</source>
            <translation>Colorear por sorpresa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shade by rank (GLTR)</source>
            <translation>Colorear por posición (GLTR)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Surprisal −log₂ P on a viridis scale, or GLTR's rank buckets: top 10 / 100 / 1,000 / beyond</source>
            <translation>Sorpresa −log₂ P en una escala viridis, o los rangos de posición de GLTR: top 10 / 100 / 1.000 / más allá</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Score</source>
            <translation>Puntuar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open GGUF…</source>
            <translation>Abrir GGUF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model B, compared with the loaded model A</source>
            <translation>Modelo B, comparado con el modelo cargado A</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make a smaller copy</source>
            <translation>Hacer una copia más pequeña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare models</source>
            <translation>Comparar modelos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the tokens</source>
            <translation>Exporta los tokens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything shown</source>
            <translation>Exporta todo lo que se muestra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart</source>
            <translation>Exporta el gráfico</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Statistic</source>
            <translation>Estadística</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Score any text</source>
            <translation>Puntúa cualquier texto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type or paste a text and press &lt;b&gt;Score&lt;/b&gt;: every token is shaded by how surprised the model was (surprisal = −log₂ P, in bits), with the text's log-likelihood, cross-entropy and perplexity. Add a second text to compare the two side by side, or &lt;b&gt;Compare models&lt;/b&gt; to read the text with two models (for example the loaded model and its own Q2_K copy).</source>
            <translation>Escribe o pega un texto y pulsa &lt;b&gt;Puntuar&lt;/b&gt;: cada token se colorea según la sorpresa del modelo (sorpresa = −log₂ P, en bits), junto con la log-verosimilitud, la entropía cruzada y la perplejidad del texto. Agrega un segundo texto para comparar los dos lado a lado, o usa &lt;b&gt;Comparar modelos&lt;/b&gt; para leer el texto con dos modelos (por ejemplo el modelo cargado y su propia copia Q2_K).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Text A</source>
            <translation>Texto A</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text B</source>
            <translation>Texto B</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Model B</source>
            <translation>Modelo B</translation>
        </message>
    </context>
    <context>
        <name>ScorePanel</name>
        <message>
            <location filename="../../gui/scoring/panel.py" line="+73" />
            <source>Type a text to score</source>
            <translation>Escribe un texto para puntuar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Load a model to score a text</source>
            <translation>Carga un modelo para puntuar un texto</translation>
        </message>
        <message>
            <location line="+13" />
            <source>scoring text {side}…</source>
            <translation>puntuando el texto {side}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load a model to compare models</source>
            <translation>Carga un modelo para comparar modelos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose model B first</source>
            <translation>Primero elige el modelo B</translation>
        </message>
        <message>
            <location line="+9" />
            <source>comparing the two models…</source>
            <translation>comparando los dos modelos…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load a model to make a smaller copy of it</source>
            <translation>Carga un modelo para hacer una copia más pequeña</translation>
        </message>
        <message>
            <location line="+4" />
            <source>quantizing with llama.cpp…</source>
            <translation>cuantizando con llama.cpp…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open a text</source>
            <translation>Abrir un texto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text (*.txt *.md);;All files (*)</source>
            <translation>Texto (*.txt *.md);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Model B</source>
            <translation>Modelo B</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GGUF models (*.gguf)</source>
            <translation>Modelos GGUF (*.gguf)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Scoring stopped: {message}</source>
            <translation>La puntuación se detuvo: {message}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{model} {type} (copy)</source>
            <translation>{model} {type} (copia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Smaller copy ready: {type}, {size} MiB — {path}</source>
            <translation>Copia más pequeña lista: {type}, {size} MiB — {path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That result came from a model that is no longer loaded; it is not shown</source>
            <translation>Ese resultado vino de un modelo que ya no está cargado; no se muestra</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The model changed: score again to see this model's numbers.</source>
            <translation>El modelo cambió: vuelve a puntuar para ver los números de este modelo.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Scored by {model} (teacher forcing: the text is given, not generated)</source>
            <translation>Puntuado por {model} (teacher forcing: el texto se da, no se genera)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Text {side}&lt;/b&gt;: {totals}</source>
            <translation>&lt;b&gt;Texto {side}&lt;/b&gt;: {totals}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A = {model_a} (loaded), B = {model_b}: {reason}</source>
            <translation>A = {model_a} (cargado), B = {model_b}: {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> — compared word by word (surprisal summed over each word's tokens)</source>
            <translation> — comparado palabra por palabra (sorpresa sumada sobre los tokens de cada palabra)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Shade: |surprisal B − surprisal A| per word, 0 bits (bright) to 8+ bits (dark)</source>
            <translation>Color: |sorpresa B − sorpresa A| por palabra, de 0 bits (claro) a 8+ bits (oscuro)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shade: KL(P_A ‖ P_B) per token, 0 (bright) to {top} nats (dark); &lt;u&gt;&lt;b&gt;underlined&lt;/b&gt;&lt;/u&gt;: the two models' top token differs there</source>
            <translation>Color: KL(P_A ‖ P_B) por token, de 0 (claro) a {top} nats (oscuro); &lt;u&gt;&lt;b&gt;subrayado&lt;/b&gt;&lt;/u&gt;: ahí el token más probable difiere entre los dos modelos</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>&lt;b&gt;%n&lt;/b&gt; word(s) on text A</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; palabra en el texto A</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; palabras en el texto A</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%n&lt;/b&gt; token(s) on text A</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; token en el texto A</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; tokens en el texto A</numerusform>
            </translation>
        </message>
        <message>
            <location line="+28" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
    </context>
    <context>
        <name>ScoreTexts</name>
        <message>
            <location filename="../../gui/scoring/texts.py" line="+18" />
            <source>top 10</source>
            <translation>top 10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top 100</source>
            <translation>top 100</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top 1,000</source>
            <translation>top 1.000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>beyond 1,000</source>
            <translation>más allá de 1.000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the first token: nothing comes before it, so the model gives it no probability</source>
            <translation>el primer token: nada viene antes, así que el modelo no le da probabilidad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>likelihood L = Π P(tᵢ | t₍&amp;lt;i₎) · log-likelihood ln L = Σ ln P(tᵢ | t₍&amp;lt;i₎) · cross-entropy H = −(1/N) Σ log₂ P(tᵢ | t₍&amp;lt;i₎) bits/token · perplexity PPL = 2&lt;sup&gt;H&lt;/sup&gt;</source>
            <translation>verosimilitud L = Π P(tᵢ | t₍&amp;lt;i₎) · log-verosimilitud ln L = Σ ln P(tᵢ | t₍&amp;lt;i₎) · entropía cruzada H = −(1/N) Σ log₂ P(tᵢ | t₍&amp;lt;i₎) bits/token · perplejidad PPL = 2&lt;sup&gt;H&lt;/sup&gt;</translation>
        </message>
        <message>
            <location line="+89" />
            <source>P = {p} · ln P = {logprob} · surprisal −log₂ P = {bits} bits</source>
            <translation>P = {p} · ln P = {logprob} · sorpresa −log₂ P = {bits} bits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rank {rank} of the whole vocabulary ({bucket}) · entropy of this step {entropy} bits</source>
            <translation>posición {rank} en todo el vocabulario ({bucket}) · entropía de este paso {entropy} bits</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the model expected: {others}</source>
            <translation>el modelo esperaba: {others}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing to score: a text needs at least two tokens.</source>
            <translation>Nada que puntuar: un texto necesita al menos dos tokens.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{count}&lt;/b&gt; tokens scored (of {total}; the first is context only)</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; tokens puntuados (de {total}; el primero es solo contexto)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>L = Π P = &lt;b&gt;{likelihood}&lt;/b&gt; · ln L = Σ ln P = &lt;b&gt;{ll}&lt;/b&gt; · H = −ln L / (N ln 2) = &lt;b&gt;{h}&lt;/b&gt; bits/token · PPL = 2&lt;sup&gt;H&lt;/sup&gt; = &lt;b&gt;{ppl}&lt;/b&gt;</source>
            <translation>L = Π P = &lt;b&gt;{likelihood}&lt;/b&gt; · ln L = Σ ln P = &lt;b&gt;{ll}&lt;/b&gt; · H = −ln L / (N ln 2) = &lt;b&gt;{h}&lt;/b&gt; bits/token · PPL = 2&lt;sup&gt;H&lt;/sup&gt; = &lt;b&gt;{ppl}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>window {window} tokens, stride {stride} ({count} window(s))</source>
            <translation>ventana de {window} tokens, paso {stride} ({count} ventana(s))</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rank of the token in the model's distribution: {buckets}</source>
            <translation>Posición del token en la distribución del modelo: {buckets}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Surprisal in bits (−log₂ P; 16+ darkest): {scale}</source>
            <translation>Sorpresa en bits (−log₂ P; 16+ es lo más oscuro): {scale}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not scored by both models</source>
            <translation>no lo puntuaron ambos modelos</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the word's probability: the product over its tokens)</source>
            <translation> (la probabilidad de la palabra: el producto sobre sus tokens)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>same top token</source>
            <translation>mismo token más probable</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top token flips: A {a} → B {b}</source>
            <translation>el token más probable cambia: A {a} → B {b}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>KL(P_A ‖ P_B) = {kl} nats over the whole vocabulary</source>
            <translation>KL(P_A ‖ P_B) = {kl} nats sobre todo el vocabulario</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mean KL(A ‖ B), nats</source>
            <translation>KL(A ‖ B) promedio, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median KL, nats</source>
            <translation>KL mediano, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>99 % KL, nats</source>
            <translation>KL en el percentil 99, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same top token</source>
            <translation>Mismo token más probable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PPL of A</source>
            <translation>PPL de A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PPL of B</source>
            <translation>PPL de B</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean Δp = p_B − p_A</source>
            <translation>Δp promedio = p_B − p_A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>RMS Δp</source>
            <translation>Δp RMS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>token</source>
            <translation>token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>word</source>
            <translation>palabra</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Perplexity per</source>
            <translation>Perplejidad por</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Δp max</source>
            <translation>Δp máx.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Δp min</source>
            <translation>Δp mín.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Δp {point} %</source>
            <translation>Δp {point} %</translation>
        </message>
    </context>
    <context>
        <name>SectionHeatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+61" />
            <source>from section</source>
            <translation>desde la sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to section</source>
            <translation>hacia la sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>share of weight</source>
            <translation>fracción del peso</translation>
        </message>
    </context>
    <context>
        <name>SetupColumn</name>
        <message>
            <location filename="../../gui/promptlab/setup_column.py" line="+48" />
            <source>Dataset</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Labelled examples: built-in sets, or a CSV / JSONL file with text,label</source>
            <translation>Ejemplos etiquetados: conjuntos incluidos o un archivo CSV / JSONL con text,label</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open file…</source>
            <translation>Abrir archivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A .csv or .jsonl file with 'text' and 'label' columns</source>
            <translation>Un archivo .csv o .jsonl con las columnas 'text' y 'label'</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The examples; the row number is the example's index (0-based in the CLI)</source>
            <translation>Los ejemplos; el número de fila es el índice del ejemplo (desde 0 en la CLI)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stored label</source>
            <translation>Etiqueta guardada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Label word scored</source>
            <translation>Palabra puntuada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The text the model is asked to continue with for each label. Mind the leading space:
after 'Sentiment:' the model writes ' Positive', one token, not 'Positive'.</source>
            <translation>El texto con el que se le pide al modelo continuar para cada etiqueta. Ojo con el espacio inicial:
después de 'Sentiment:' el modelo escribe ' Positive', un token, no 'Positive'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zero-shot</source>
            <translation>Zero-shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot</source>
            <translation>Few-shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain-of-thought</source>
            <translation>Cadena de pensamiento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{kind}, chat template</source>
            <translation>{kind}, plantilla de chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add another prompt to compare (the × on a tab removes it)</source>
            <translation>Agrega otro prompt para comparar (la × de una pestaña lo quita)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Defaults</source>
            <translation>Predeterminados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to the zero-shot and 4-shot templates for this dataset</source>
            <translation>Vuelve a las plantillas zero-shot y 4-shot de este conjunto de datos</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Open dataset</source>
            <translation>Abrir conjunto de datos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Datasets (*.csv *.jsonl *.tsv)</source>
            <translation>Conjuntos de datos (*.csv *.jsonl *.tsv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot use this file: {error}</source>
            <translation>No se puede usar este archivo: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Dataset: %n examples · {counts}</source>
            <translation>
                <numerusform>Conjunto de datos: %n ejemplo · {counts}</numerusform>
                <numerusform>Conjunto de datos: %n ejemplos · {counts}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>choose a dataset first</source>
            <translation>primero elige un conjunto de datos</translation>
        </message>
        <message>
            <location line="+39" />
            <source>template</source>
            <translation>plantilla</translation>
        </message>
    </context>
    <context>
        <name>SimilarityHeatmap</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="-143" />
            <source>cosine</source>
            <translation>coseno</translation>
        </message>
        <message>
            <location line="+35" />
            <source>T{row} vs T{column}: cosine {value}</source>
            <translation>T{row} vs. T{column}: coseno {value}</translation>
        </message>
    </context>
    <context>
        <name>SimilarityView</name>
        <message>
            <location filename="../../gui/embeddings/similarity_view.py" line="+23" />
            <source>Each text becomes one vector: the mean of its tokens' hidden states at the chosen layer (BOS left out). The hidden states of a model share a common direction, so every value is high: compare the cells with each other, not with 0.</source>
            <translation>Cada texto se vuelve un vector: el promedio de los estados ocultos de sus tokens en la capa elegida (sin el BOS). Los estados ocultos de un modelo comparten una dirección común, así que todos los valores son altos: compara las celdas entre sí, no con 0.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&lt;b&gt;Texts&lt;/b&gt; (one per line)</source>
            <translation>&lt;b&gt;Textos&lt;/b&gt; (uno por línea)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two to twelve texts, one per line</source>
            <translation>De dos a doce textos, uno por línea</translation>
        </message>
        <message>
            <location line="+6" />
            <source>last layer</source>
            <translation>última capa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>layer </source>
            <translation>capa </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose hidden states to average: 0 = after the first block, 'last layer' = the top</source>
            <translation>De qué capa promediar los estados ocultos: 0 = después del primer bloque, 'última capa' = la de arriba</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute every pair's cosine similarity</source>
            <translation>Calcula la similitud del coseno de cada par</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hover a cell for the two texts and their cosine</source>
            <translation>Pasa el mouse sobre una celda para ver los dos textos y su coseno</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give at least two texts, one per line</source>
            <translation>Escribe al menos dos textos, uno por línea</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{model}, layer {layer} of 0–{last}:</source>
            <translation>{model}, capa {layer} de 0–{last}:</translation>
        </message>
    </context>
    <context>
        <name>SweepChart</name>
        <message>
            <location filename="../../gui/sampling/sweep.py" line="+13" />
            <source>Start a prompt or pick a lesson to see how temperature reshapes the distribution</source>
            <translation>Inicia un prompt o elige una lección para ver cómo la temperatura transforma la distribución</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entropy after the chain</source>
            <translation>entropía después de la cadena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-1 probability after the chain</source>
            <translation>probabilidad del top-1 después de la cadena</translation>
        </message>
        <message>
            <location line="+3" />
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entropy after the chain (bits)</source>
            <translation>entropía después de la cadena (bits)</translation>
        </message>
    </context>
    <context>
        <name>TargetChart</name>
        <message>
            <location filename="../../gui/inside/grid.py" line="+40" />
            <source>The target's probability across layers appears here</source>
            <translation>Aquí aparece la probabilidad del objetivo a lo largo de las capas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer</source>
            <translation>capa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>probability</source>
            <translation>probabilidad</translation>
        </message>
        <message>
            <location line="+22" />
            <source>top token's p</source>
            <translation>p del token más probable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after {token} (position {position})</source>
            <translation>después de {token} (posición {position})</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../gui/promptlab/template_editor.py" line="+62" />
            <source>Shown in the tables and charts</source>
            <translation>Se muestra en las tablas y los gráficos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat template</source>
            <translation>Plantilla de chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wrap the text in the model's chat template, as a user message; the answer prefix then
opens the assistant's reply</source>
            <translation>Envuelve el texto en la plantilla de chat del modelo, como mensaje del usuario; el prefijo de la respuesta
luego abre la respuesta del asistente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The prompt. {input} is the example, {examples} the shots, {labels} the label words.
Everything before the line holding {input} is shared by all examples, so it is evaluated once.</source>
            <translation>El prompt. {input} es el ejemplo, {examples} los shots, {labels} las palabras de las etiquetas.
Todo lo que está antes de la línea con {input} es común a todos los ejemplos, así que se evalúa una sola vez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many labelled examples to show, balanced over labels and drawn with the seed</source>
            <translation>Cuántos ejemplos etiquetados mostrar, equilibrados entre las etiquetas y sorteados con la semilla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>drawn with the seed</source>
            <translation>sorteados con la semilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Example numbers (0-based, comma-separated) to use as shots, in this order</source>
            <translation>Números de los ejemplos (desde 0, separados por comas) para usar como shots, en este orden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How one shot reads: {input} and {label} (the label word); \n = new line</source>
            <translation>Cómo se escribe un shot: {input} y {label} (la palabra de la etiqueta); \n = salto de línea</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Between shots; \n = new line</source>
            <translation>Entre los shots; \n = salto de línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Picked</source>
            <translation>Elegidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot</source>
            <translation>Shot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Separator</source>
            <translation>Separador</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Greedy tokens of reasoning at most, before the answer cue is appended</source>
            <translation>Máximo de tokens de razonamiento (decodificación voraz) antes de agregar la señal de respuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reasoning</source>
            <translation>Razonamiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model</source>
            <translation>Se agrega después del texto (envuelto), p. ej. 'Sentiment:' para un modelo de chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer prefix</source>
            <translation>Prefijo de la respuesta</translation>
        </message>
    </context>
    <context>
        <name>TemplateWatcher</name>
        <message>
            <location filename="../../gui/chat/model_notes.py" line="+72" />
            <source>&lt;b&gt;{model} is a base model&lt;/b&gt;: it has no chat template, so it continues a transcript (“User: … Assistant: …”) rather than chatting. Its reply ends where it starts to write the next “User:” line.</source>
            <translation>&lt;b&gt;{model} es un modelo base&lt;/b&gt;: no tiene plantilla de chat, así que continúa una transcripción (“User: … Assistant: …”) en lugar de conversar. Su respuesta termina donde empieza a escribir la siguiente línea “User:”.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chat template of {model} adds a system prompt while this box is empty: “{system}”. The model reads it before your messages; write your own to replace it.</source>
            <translation>La plantilla de chat de {model} agrega un prompt del sistema mientras este cuadro está vacío: “{system}”. El modelo lo lee antes de tus mensajes; escribe el tuyo para reemplazarlo.</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <location filename="../../gui/sampling/timeline.py" line="+14" />
            <source>Generate a reply to follow entropy and confidence step by step</source>
            <translation>Genera una respuesta para seguir la entropía y la confianza paso a paso</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entropy before the chain</source>
            <translation>entropía antes de la cadena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen token's probability before the chain</source>
            <translation>probabilidad del token elegido antes de la cadena</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generation step</source>
            <translation>paso de generación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entropy before the chain (bits)</source>
            <translation>entropía antes de la cadena (bits)</translation>
        </message>
    </context>
    <context>
        <name>TokenList</name>
        <message>
            <location filename="../../gui/attention/token_list.py" line="+23" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The weight the selected token (bold) gives this one; empty for the tokens after it, which it cannot see</source>
            <translation>El peso que el token seleccionado (en negrita) le da a este; vacío para los tokens posteriores, que no puede ver</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Find a token…</source>
            <translation>Buscar un token…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only the tokens whose text contains this (· stands for a space)</source>
            <translation>Mostrar solo los tokens cuyo texto contiene esto (· representa un espacio)</translation>
        </message>
    </context>
    <context>
        <name>TokenTrack</name>
        <message>
            <location filename="../../gui/scoring/charts.py" line="+12" />
            <source>Score a text to see each token's surprisal here</source>
            <translation>Puntúa un texto para ver aquí la sorpresa de cada token</translation>
        </message>
        <message>
            <location line="+26" />
            <source>surprisal (bits)</source>
            <translation>sorpresa (bits)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>surprisal −log₂ P, bits</source>
            <translation>sorpresa −log₂ P, bits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>text B, same position</source>
            <translation>texto B, misma posición</translation>
        </message>
        <message>
            <location line="+5" />
            <source>KL(A ‖ B), nats</source>
            <translation>KL(A ‖ B), nats</translation>
        </message>
        <message>
            <location line="+3" />
            <source>KL per token</source>
            <translation>KL por token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>top token flips</source>
            <translation>cambio del token más probable</translation>
        </message>
        <message>
            <location line="+6" />
            <source>surprisal per word (bits)</source>
            <translation>sorpresa por palabra (bits)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>model A</source>
            <translation>modelo A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>model B</source>
            <translation>modelo B</translation>
        </message>
    </context>
    <context>
        <name>TranscriptView</name>
        <message>
            <location filename="../../gui/chat/transcript.py" line="+23" />
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>interrupted: the engine stopped during this reply</source>
            <translation>interrumpida: el motor se detuvo durante esta respuesta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <translation>falló</translation>
        </message>
        <message>
            <location line="+51" />
            <source>&lt;i&gt;removed by {stage}&lt;/i&gt;</source>
            <translation>&lt;i&gt;eliminado por {stage}&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;p&gt;&lt;b&gt;Step {step}&lt;/b&gt;: chose &lt;code&gt;{token}&lt;/code&gt; with p = {prob} (rank {rank})&lt;br&gt;after the sampling chain: {prob_after} · entropy {entropy} bits&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Paso {step}&lt;/b&gt;: eligió &lt;code&gt;{token}&lt;/code&gt; con p = {prob} (posición {rank})&lt;br&gt;después de la cadena de muestreo: {prob_after} · entropía {entropy} bits&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;p&gt;&lt;i&gt;Click the token to continue the reply from another choice.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Haz clic en el token para continuar la respuesta desde otra opción.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+90" />
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Assistant</source>
            <translation>Asistente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <location line="+10" />
            <source>branched at token {step}</source>
            <translation>ramificado en el token {step}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>generating…</source>
            <translation>generando…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regenerate</source>
            <translation>Regenerar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Puntuar</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../gui/shell/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy this view as an image</source>
            <translation>Copiar esta vista como imagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Puts a picture of the shown tab on the clipboard, for slides</source>
            <translation>Copia una imagen de la pestaña visible al portapapeles, para diapositivas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size</source>
            <translation>Tamaño normal</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Zoom {percent} %</source>
            <translation>Zoom {percent} %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{view} copied to the clipboard as an image</source>
            <translation>Imagen de {view} copiada al portapapeles</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+18" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lanterna will speak {language} from its next start.</source>
            <translation>Lanterna hablará {language} a partir de la próxima vez que se abra.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restart now? Your chats are saved; the other views keep their inputs.</source>
            <translation>¿Reiniciar ahora? Tus chats están guardados; las demás vistas conservan lo que escribiste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>_Heatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="-160" />
            <source>weight</source>
            <translation>peso</translation>
        </message>
    </context>
</TS>
