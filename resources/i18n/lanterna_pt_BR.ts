<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
            <translation>chaves vistas por {token} (token {query})</translation>
        </message>
    </context>
    <context>
        <name>AttentionCharts</name>
        <message>
            <location line="-308" />
            <source>Capture a prompt to see which tokens each token attends to</source>
            <translation>Capture um prompt para ver a quais tokens cada token presta atenção</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capture a prompt to see every layer and head at once</source>
            <translation>Capture um prompt para ver todas as camadas e cabeças de uma vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entropy of each head's attention appears here</source>
            <translation>A entropia da atenção de cada cabeça aparece aqui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click a row of the map (or a token in the text) to see what it attends to</source>
            <translation>Clique em uma linha do mapa (ou em um token do texto) para ver a que ele presta atenção</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prompts from the chat or the prompt lab are split into sections</source>
            <translation>Prompts vindos do chat ou do laboratório de prompts são divididos em seções</translation>
        </message>
    </context>
    <context>
        <name>AttentionExport</name>
        <message>
            <location filename="../../gui/attention/export.py" line="+19" />
            <source>Map as PNG…</source>
            <translation>Mapa em PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as SVG…</source>
            <translation>Mapa em SVG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This matrix as CSV…</source>
            <translation>Esta matriz em CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every layer and head as NPZ…</source>
            <translation>Todas as camadas e cabeças em NPZ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every layer and head as JSON…</source>
            <translation>Todas as camadas e cabeças em JSON…</translation>
        </message>
    </context>
    <context>
        <name>AttentionHeatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+89" />
            <source>query (the token that looks)</source>
            <translation>consulta (o token que observa)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key (the token looked at)</source>
            <translation>chave (o token observado)</translation>
        </message>
    </context>
    <context>
        <name>AttentionLayout</name>
        <message>
            <location filename="../../gui/attention/layout.py" line="+42" />
            <source>Run the prompt through the model and read every attention map (Ctrl+Return)</source>
            <translation>Passe o prompt pelo modelo e leia todos os mapas de atenção (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How much each part of the prompt attends to each other part. Every token is in one part, so each row adds up to 100 %: text the chat template adds (its role markers, and any default system prompt it inserts) is “template”, text outside the named parts (such as ### between examples) is “other text”, and tokens generated after the prompt are “generated”. Hover a cell to read a part's text.</source>
            <translation>Quanto cada parte do prompt presta atenção a cada outra parte. Todo token está em uma parte, então cada linha soma 100 %: o texto que o template de chat acrescenta (seus marcadores de papel e qualquer prompt de sistema padrão que ele insira) é “template”, o texto fora das partes nomeadas (como ### entre exemplos) é “other text”, e os tokens gerados depois do prompt são “generated”. Passe o mouse sobre uma célula para ler o texto de uma parte.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Why is the upper triangle empty?&lt;/b&gt; A language model reads left to right. When it computes token &lt;i&gt;q&lt;/i&gt;, the &lt;i&gt;causal mask&lt;/i&gt; sets the scores of every later key (&lt;i&gt;k&lt;/i&gt; &amp;gt; &lt;i&gt;q&lt;/i&gt;) to −∞ before the softmax, so their weights are exactly 0: a token can only look back. Each row is a softmax, so the weights a token gives to the keys it can see sum to 1.&lt;br&gt;&lt;br&gt;&lt;b&gt;Reading a row:&lt;/b&gt; bright cells are the tokens this token draws information from in this layer and head. Many heads put much of their weight on the first token, an &lt;i&gt;attention sink&lt;/i&gt; that works as a resting place; tick &lt;i&gt;Ignore the first token&lt;/i&gt; to stretch the colours over the rest.</source>
            <translation>&lt;b&gt;Por que o triângulo superior está vazio?&lt;/b&gt; Um modelo de linguagem lê da esquerda para a direita. Ao calcular o token &lt;i&gt;q&lt;/i&gt;, a &lt;i&gt;máscara causal&lt;/i&gt; põe em −∞ os escores de toda chave posterior (&lt;i&gt;k&lt;/i&gt; &amp;gt; &lt;i&gt;q&lt;/i&gt;) antes do softmax, então os pesos delas são exatamente 0: um token só pode olhar para trás. Cada linha é um softmax, então os pesos que um token dá às chaves que ele enxerga somam 1.&lt;br&gt;&lt;br&gt;&lt;b&gt;Como ler uma linha:&lt;/b&gt; as células claras são os tokens de onde este token tira informação nesta camada e cabeça. Muitas cabeças põem boa parte do peso no primeiro token, um &lt;i&gt;attention sink&lt;/i&gt; (sumidouro de atenção) que funciona como ponto de repouso; marque &lt;i&gt;Ignorar o primeiro token&lt;/i&gt; para esticar as cores sobre o resto.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Type a prompt, then Capture (Ctrl+Return)</source>
            <translation>Digite um prompt e clique em Capturar (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The text whose attention is captured: every token, every layer, every head</source>
            <translation>O texto cuja atenção é capturada: todos os tokens, todas as camadas, todas as cabeças</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Capture</source>
            <translation>Capturar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>then generate</source>
            <translation>depois gerar</translation>
        </message>
        <message>
            <location line="+3" />
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also generate this many tokens greedily and capture the attention of each new token</source>
            <translation>Gere também esta quantidade de tokens de forma gulosa e capture a atenção de cada token novo</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the capture (Esc)</source>
            <translation>Parar a captura (Esc)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Layer</source>
            <translation>Camada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layer 0 reads the token embeddings; later layers read what earlier ones wrote</source>
            <translation>A camada 0 lê os embeddings dos tokens; as camadas seguintes leem o que as anteriores escreveram</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Head</source>
            <translation>Cabeça</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each head computes its own attention pattern; the mean shows what the layer does overall</source>
            <translation>Cada cabeça calcula o próprio padrão de atenção; a média mostra o que a camada faz no geral</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ignore the first token when scaling colours</source>
            <translation>Ignorar o primeiro token ao escalar as cores</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Many heads park most of their weight on the first token (an attention sink). Scaling the colours to the largest weight elsewhere makes the rest of the pattern visible.</source>
            <translation>Muitas cabeças estacionam a maior parte do peso no primeiro token (um attention sink). Escalar as cores pelo maior peso no restante torna visível o resto do padrão.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save what is shown</source>
            <translation>Salvar o que está sendo mostrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside ▸</source>
            <translation>Por dentro ▸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Look inside the model on this prompt: each layer's guess at the next token (logit lens) and which words pushed it (attribution)</source>
            <translation>Olhe por dentro do modelo neste prompt: o palpite de cada camada para o próximo token (lente de logits) e quais palavras o empurraram (atribuição)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All layers × heads</source>
            <translation>Todas as camadas × cabeças</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sections</source>
            <translation>Seções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A thumbnail of every head in every layer; click one to open it</source>
            <translation>Uma miniatura de cada cabeça em cada camada; clique em uma para abri-la</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click a token to see what it attends to; shading shows its weights</source>
            <translation>Clique em um token para ver a que ele presta atenção; o sombreado mostra os pesos dele</translation>
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
            <translation>Todos os tokens por inteiro, com posição e peso; digite para encontrar um</translation>
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../gui/attention/panel.py" line="+85" />
            <source>Load a model first</source>
            <translation>Carregue um modelo primeiro</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Load a model to capture attention</source>
            <translation>Carregue um modelo para capturar a atenção</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type a prompt to capture</source>
            <translation>Digite um prompt para capturar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a prompt to look inside</source>
            <translation>Digite um prompt para olhar por dentro</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Starting the capture…</source>
            <translation>Iniciando a captura…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Capture cancelled</source>
            <translation>Captura cancelada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capture failed: {error}</source>
            <translation>A captura falhou: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The last map came from {old}; {new} is loaded now.</source>
            <translation>O último mapa veio de {old}; agora {new} está carregado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The last map came from {old}; no model is loaded now.</source>
            <translation>O último mapa veio de {old}; agora nenhum modelo está carregado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That capture came from {model}, which is no longer loaded; capture again</source>
            <translation>Essa captura veio de {model}, que não está mais carregado; capture de novo</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mean of all heads</source>
            <translation>Média de todas as cabeças</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Head {head}  ·  shares KV head {kv_head}</source>
            <translation>Cabeça {head}  ·  compartilha a cabeça KV {kv_head}</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Capture a prompt first</source>
            <translation>Capture um prompt primeiro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export attention</source>
            <translation>Exportar atenção</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved {name}</source>
            <translation>Salvo: {name}</translation>
        </message>
    </context>
    <context>
        <name>AttentionTexts</name>
        <message>
            <location filename="../../gui/attention/texts.py" line="+20" />
            <source>Hover over the map for exact weights; click a row to follow one token.</source>
            <translation>Passe o mouse sobre o mapa para ver os pesos exatos; clique em uma linha para acompanhar um token.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no model</source>
            <translation>nenhum modelo</translation>
        </message>
        <message>
            <location line="+31" />
            <source>&lt;p&gt;Load a model, then capture a prompt to see its attention.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Carregue um modelo e capture um prompt para ver a atenção dele.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;p&gt;Capture a prompt to see its tokens here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Capture um prompt para ver os tokens dele aqui.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt, {generated} generated, in italics) · {layers} layers × {heads} heads</source>
            <translation>De &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} do prompt, {generated} gerados, em itálico) · {layers} camadas × {heads} cabeças</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt) · {layers} layers × {heads} heads</source>
            <translation>De &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} do prompt) · {layers} camadas × {heads} cabeças</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No model loaded.</source>
            <translation>Nenhum modelo carregado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a prompt and press &lt;b&gt;Capture&lt;/b&gt; (Ctrl+Return) to read its attention out of llama.cpp.</source>
            <translation>Digite um prompt e clique em &lt;b&gt;Capturar&lt;/b&gt; (Ctrl+Return) para ler a atenção dele direto do llama.cpp.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>grouped-query attention: {query_heads} query heads share {kv_heads} key/value heads ({group} each), so heads in a group read the same keys through different queries</source>
            <translation>atenção com consultas agrupadas (GQA): {query_heads} cabeças de consulta compartilham {kv_heads} cabeças de chave/valor ({group} cada), então as cabeças de um grupo leem as mesmas chaves por consultas diferentes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>layer {layer} is &lt;b&gt;sliding-window&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</source>
            <translation>a camada {layer} é de &lt;b&gt;janela deslizante&lt;/b&gt;: camadas de janela deslizante veem só os últimos {window} tokens (chaves mais antigas são mascaradas e desenhadas vazias)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer {layer} is &lt;b&gt;global&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</source>
            <translation>a camada {layer} é &lt;b&gt;global&lt;/b&gt;: camadas de janela deslizante veem só os últimos {window} tokens (chaves mais antigas são mascaradas e desenhadas vazias)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>query '{query}' ({row}) → key '{key}' ({column})</source>
            <translation>consulta '{query}' ({row}) → chave '{key}' ({column})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{pair}: masked, a later token</source>
            <translation>{pair}: mascarado, um token posterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{pair}: masked, outside the sliding window</source>
            <translation>{pair}: mascarado, fora da janela deslizante</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{pair}: weight {weight}</source>
            <translation>{pair}: peso {weight}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>layer {layer}, head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>camada {layer}, cabeça {head}: entropia média de {entropy} bits · clique para abrir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>layer {layer} (sliding window), head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>camada {layer} (janela deslizante), cabeça {head}: entropia média de {entropy} bits · clique para abrir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer {layer} (global), head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>camada {layer} (global), cabeça {head}: entropia média de {entropy} bits · clique para abrir</translation>
        </message>
        <message>
            <location line="+14" />
            <source>tokens of {source} put {share} of their weight on {target} · {target} is “{preview}”</source>
            <translation>os tokens de {source} põem {share} do peso em {target} · {target} é “{preview}”</translation>
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
            <translation>padrão do llama.cpp, como no chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>temperature first</source>
            <translation>temperatura primeiro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>your own order</source>
            <translation>sua própria ordem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order: {stages} ({name})</source>
            <translation>Ordem: {stages} ({name})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>0 (greedy)</source>
            <translation>0 (guloso)</translation>
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
            <translation>top-k desligado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-p off</source>
            <translation>top-p desligado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>min-p {value}</source>
            <translation>min-p {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>min-p off</source>
            <translation>min-p desligado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>typical-p {value}</source>
            <translation>typical-p {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>typical-p off</source>
            <translation>typical-p desligado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the other stages off</source>
            <translation>as outras etapas desligadas</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sampling chain</source>
            <translation>Cadeia de amostragem</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Divides the logits: &lt; 1 sharpens, &gt; 1 flattens, 0 = greedy</source>
            <translation>Divide os logits: &lt; 1 concentra, &gt; 1 achata, 0 = guloso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>off</source>
            <translation>desligado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the k most probable tokens (0 = off)</source>
            <translation>Mantém os k tokens mais prováveis (0 = desligado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep tokens until their cumulative probability reaches p</source>
            <translation>Mantém tokens até que a probabilidade acumulada chegue a p</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drop tokens below min-p × the top token's probability</source>
            <translation>Descarta os tokens abaixo de min-p × a probabilidade do token mais provável</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locally typical sampling (1 = off)</source>
            <translation>Amostragem localmente típica (1 = desligado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Drag to reorder the chain; it runs top to bottom</source>
            <translation>Arraste para reordenar a cadeia; ela roda de cima para baixo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>llama.cpp order</source>
            <translation>Ordem do llama.cpp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-k → typical → top-p → min-p → temperature (temperature last)</source>
            <translation>top-k → typical → top-p → min-p → temperatura (temperatura por último)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature first</source>
            <translation>Temperatura primeiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>temperature → top-k → top-p → … (as many lectures present it)</source>
            <translation>temperatura → top-k → top-p → … (como muitas aulas apresentam)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order</source>
            <translation>Ordem</translation>
        </message>
    </context>
    <context>
        <name>ChatActions</name>
        <message>
            <location filename="../../gui/chat/actions.py" line="+29" />
            <source>&lt;b&gt;Editing a message.&lt;/b&gt; Sending keeps the original as another version (switch with ‹ ›). Esc cancels.</source>
            <translation>&lt;b&gt;Editando uma mensagem.&lt;/b&gt; Ao enviar, a original fica como outra versão (alterne com ‹ ›). Esc cancela.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Reply copied</source>
            <translation>Resposta copiada</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Step {step} · entropy {entropy} bits</source>
            <translation>Passo {step} · entropia {entropy} bits</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The token the reply took</source>
            <translation>O token que a resposta escolheu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue the reply from this token instead (a new branch)</source>
            <translation>Continue a resposta a partir deste token (um novo ramo)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open this step in the sampling explorer</source>
            <translation>Abrir este passo no Explorador de amostragem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the attention up to this token</source>
            <translation>Mostrar a atenção até este token</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capture every layer's attention over the conversation and the reply so far</source>
            <translation>Captura a atenção de todas as camadas sobre a conversa e a resposta até aqui</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Why this token?</source>
            <translation>Por que este token?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the Inside view: each layer's guess at this step, and which words pushed this token</source>
            <translation>Abre a aba Por dentro: o palpite de cada camada neste passo e quais palavras empurraram este token</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(removed by {stage})</source>
            <translation>(removido pelo {stage})</translation>
        </message>
    </context>
    <context>
        <name>ChatConversations</name>
        <message>
            <location filename="../../gui/chat/conversations.py" line="+37" />
            <location line="+34" />
            <source>New chat</source>
            <translation>Novo chat</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Começar uma nova conversa (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search chats</source>
            <translation>Buscar chats</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Right-click a chat to rename, export or delete it</source>
            <translation>Clique com o botão direito em um chat para renomear, exportar ou excluir</translation>
        </message>
        <message>
            <location line="+14" />
            <source>updated {time}</source>
            <translation>atualizado em {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recovered chat</source>
            <translation>Chat recuperado</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Stop the reply before deleting this chat.</source>
            <translation>Pare a resposta antes de excluir este chat.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete chat</source>
            <translation>Excluir chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “{title}” and all its branches?</source>
            <translation>Excluir “{title}” e todos os seus ramos?</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Rename…</source>
            <translation>Renomear…</translation>
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
            <translation>Excluir…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename chat</source>
            <translation>Renomear chat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing to export yet.</source>
            <translation>Nada para exportar ainda.</translation>
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
            <translation>Inspecionar tokens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colour every reply token by the probability the model gave it. Hover a token to see the alternatives; click it to continue the reply from another one. (Ctrl+I)</source>
            <translation>Colore cada token da resposta pela probabilidade que o modelo deu a ele. Passe o mouse sobre um token para ver as alternativas; clique nele para continuar a resposta a partir de outro. (Ctrl+I)</translation>
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
            <translation>JSON (com os registros dos tokens)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Message the model — Enter to send, Shift+Enter for a new line</source>
            <translation>Escreva ao modelo — Enter para enviar, Shift+Enter para nova linha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send (Enter or Ctrl+Return)</source>
            <translation>Enviar (Enter ou Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the reply (Esc)</source>
            <translation>Parar a resposta (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ChatPanelBase</name>
        <message>
            <location filename="../../gui/chat/base.py" line="+20" />
            <source>Ask anything. Every token of the reply can be inspected: switch on “Inspect tokens”.</source>
            <translation>Pergunte o que quiser. Cada token da resposta pode ser inspecionado: ative “Inspecionar tokens”.</translation>
        </message>
    </context>
    <context>
        <name>ChatReplies</name>
        <message>
            <location filename="../../gui/chat/replies.py" line="+41" />
            <source>Load a model first: the model bar at the top, or the Model tab.</source>
            <translation>Carregue um modelo primeiro: na barra de modelo no topo ou na aba Modelo.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Stopping…</source>
            <translation>Parando…</translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>Reading %n prompt token(s)…</source>
            <translation>
                <numerusform>Lendo %n token do prompt…</numerusform>
                <numerusform>Lendo %n tokens do prompt…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the reply… (Esc or Stop ends it)</source>
            <translation>Escrevendo a resposta… (Esc ou Parar encerra)</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Reply done: %n token(s), {rate} tokens/s ({reason})</source>
            <translation>
                <numerusform>Resposta pronta: %n token, {rate} tokens/s ({reason})</numerusform>
                <numerusform>Resposta pronta: %n tokens, {rate} tokens/s ({reason})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>The reply failed: {error}</source>
            <translation>A resposta falhou: {error}</translation>
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
            <translation>Explorador de amostragem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention</source>
            <translation>Atenção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt lab</source>
            <translation>Laboratório de prompts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Pontuar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside</source>
            <translation>Por dentro</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose a lesson; each step opens a view with its example</source>
            <translation>Escolha uma lição; cada passo abre uma aba com o seu exemplo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Load the model this lesson's numbers were measured on</source>
            <translation>Carregue o modelo em que os números desta lição foram medidos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open the step's example again in its view</source>
            <translation>Abre de novo o exemplo do passo na sua visão</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Check</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>◂ Back</source>
            <translation>◂ Voltar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next ▸</source>
            <translation>Próximo ▸</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Choose an answer first.</source>
            <translation>Escolha uma resposta primeiro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Right.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Certo.&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Not quite.&lt;/b&gt; The answer: {answer}</source>
            <translation>&lt;b&gt;Não exatamente.&lt;/b&gt; A resposta: {answer}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Written for &lt;b&gt;{model}&lt;/b&gt;; another model is loaded, so its numbers differ.</source>
            <translation>Escrita para o &lt;b&gt;{model}&lt;/b&gt;; outro modelo está carregado, então os números são outros.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Load {model}</source>
            <translation>Carregar {model}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Written for &lt;b&gt;{model}&lt;/b&gt; (loaded).</source>
            <translation>Escrita para o &lt;b&gt;{model}&lt;/b&gt; (carregado).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;A lesson could not be read&lt;/b&gt;: {error}</source>
            <translation>&lt;b&gt;Não foi possível ler uma lição&lt;/b&gt;: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Classroom&lt;/b&gt; — choose a lesson on the left.</source>
            <translation>&lt;b&gt;Sala de aula&lt;/b&gt; — escolha uma lição à esquerda.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>↗ {view}</source>
            <translation>↗ {view}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step {index} of {count}</source>
            <translation>Passo {index} de {count}</translation>
        </message>
    </context>
    <context>
        <name>ConfusionHeatmap</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="+202" />
            <source>No confusion matrix yet</source>
            <translation>Ainda não há matriz de confusão</translation>
        </message>
        <message>
            <location line="+10" />
            <source>count</source>
            <translation>contagem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>true</source>
            <translation>rótulo verdadeiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>predicted</source>
            <translation>rótulo previsto</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../gui/remote/dialog.py" line="+37" />
            <source>Connect to a server</source>
            <translation>Conectar a um servidor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. LLAMA_API_KEY (optional)</source>
            <translation>por exemplo LLAMA_API_KEY (opcional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name of an environment variable that holds the key, or keyring:NAME for a key in the system keyring</source>
            <translation>O nome de uma variável de ambiente que guarda a chave, ou keyring:NOME para uma chave no chaveiro do sistema</translation>
        </message>
        <message>
            <location line="+6" />
            <source>or type the key once: the system keyring keeps it</source>
            <translation>ou digite a chave uma vez: o chaveiro do sistema a guarda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stored in the system keyring under this server's address; Lanterna's settings keep only its name</source>
            <translation>Guardada no chaveiro do sistema sob o endereço deste servidor; os ajustes do Lanterna guardam só o nome dela</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test</source>
            <translation>Testar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Press Test to see what the server can show.</source>
            <translation>Clique em Testar para ver o que o servidor consegue mostrar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Endereço do servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API key variable</source>
            <translation>Variável da chave de API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API key</source>
            <translation>Chave de API</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Asking the server…</source>
            <translation>Consultando o servidor…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not use the server: {error}</source>
            <translation>Não foi possível usar o servidor: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Model: {model} ({api} API)</source>
            <translation>Modelo: {model} (API {api})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat with alternatives: {0}</source>
            <translation>Chat com alternativas: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next-token probe: {0} (the top {1} only; the rest is shown as unknown tail mass)</source>
            <translation>Sondagem do próximo token: {0} (só os {1} primeiros; o resto aparece como massa desconhecida da cauda)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Probabilities after the sampling chain: {0}</source>
            <translation>Probabilidades depois da cadeia de amostragem: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt scoring: {0}</source>
            <translation>Pontuação do prompt: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tokenization: {0}</source>
            <translation>Tokenização: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Branch a reply from an alternative: {0}</source>
            <translation>Ramificar uma resposta a partir de uma alternativa: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention, hidden states, embeddings and the logit lens need a local model.</source>
            <translation>Atenção, estados ocultos, embeddings e a lente de logits precisam de um modelo local.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not keep the key: {error}</source>
            <translation>Não foi possível guardar a chave: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the server's address first.</source>
            <translation>Informe primeiro o endereço do servidor.</translation>
        </message>
    </context>
    <context>
        <name>ContextView</name>
        <message>
            <location filename="../../gui/embeddings/context_view.py" line="+27" />
            <source>At the input (&lt;i&gt;emb&lt;/i&gt;) the word is the same vector in every sentence. Each layer mixes in the words around it, so the two vectors drift apart: the lower the cosine, the more the context changed what the model holds for the word.</source>
            <translation>Na entrada (&lt;i&gt;emb&lt;/i&gt;), a palavra é o mesmo vetor em todas as frases. Cada camada mistura nela as palavras ao redor, e os dois vetores se afastam: quanto menor o cosseno, mais o contexto mudou o que o modelo guarda sobre a palavra.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Word</source>
            <translation>Palavra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The word to follow; it must appear in every sentence</source>
            <translation>A palavra a acompanhar; ela precisa aparecer em todas as frases</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Two or more sentences that use the word, one per line</source>
            <translation>Duas ou mais frases que usem a palavra, uma por linha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the word's hidden state at every layer in each sentence</source>
            <translation>Lê o estado oculto da palavra em cada camada, em cada frase</translation>
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
            <translation>PCA dos vetores da palavra em cada camada (normalizados para comprimento 1), um caminho por frase; os pontos crescem da camada 0 até a última</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Give a word and at least two sentences that use it</source>
            <translation>Informe uma palavra e pelo menos duas frases que a usem</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;{word}&lt;/b&gt;, sentences 1 and 2: cosine {input} at the input, {first} after layer 0, lowest {lowest} at layer {layer}, {last} after the last (from {model}).</source>
            <translation>&lt;b&gt;{word}&lt;/b&gt;, frases 1 e 2: cosseno {input} na entrada, {first} depois da camada 0, mínimo de {lowest} na camada {layer}, {last} depois da última (de {model}).</translation>
        </message>
    </context>
    <context>
        <name>CumulativeChart</name>
        <message>
            <location filename="../../gui/sampling/cumulative.py" line="+25" />
            <source>Start a prompt or pick a lesson to see where top-p cuts the distribution</source>
            <translation>Inicie um prompt ou escolha uma lição para ver onde o top-p corta a distribuição</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cumulative probability (as top-p sees it)</source>
            <translation>probabilidade acumulada (como o top-p a vê)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank before the chain</source>
            <translation>posição antes da cadeia</translation>
        </message>
        <message>
            <location line="+42" />
            <source>kept ({count})</source>
            <translation>mantidos ({count})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>removed</source>
            <translation>removidos</translation>
        </message>
    </context>
    <context>
        <name>CuratedView</name>
        <message>
            <location filename="../../gui/library/curated_view.py" line="+42" />
            <source>Models that speak Portuguese and Spanish</source>
            <translation>Modelos que falam português e espanhol</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Small chat models for classes in Portuguese and Spanish (the packaged SmolLM2 speaks English only). One click downloads the model (Q4_K_M) into the Hugging Face cache. Sizes are approximate.</source>
            <translation>Modelos de chat pequenos para aulas em português e espanhol (o SmolLM2 incluído só fala inglês). Um clique baixa o modelo (Q4_K_M) para o cache do Hugging Face. Os tamanhos são aproximados.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size (approx.)</source>
            <translation>Tamanho (aprox.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licence</source>
            <translation>Licença</translation>
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
            <translation>Aproximado, como a página do modelo arredonda: o tamanho exato aparece quando o download começa.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read the licence before you use the model beyond the classroom.</source>
            <translation>Leia a licença antes de usar o modelo fora da sala de aula.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Downloading…</source>
            <translation>Baixando…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load</source>
            <translation>Carregar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Downloaded: {path}</source>
            <translation>Baixado: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download</source>
            <translation>Baixar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download {file} from {repo} into the Hugging Face cache.</source>
            <translation>Baixe {file} de {repo} para o cache do Hugging Face.</translation>
        </message>
    </context>
    <context>
        <name>DistributionChart</name>
        <message>
            <location filename="../../gui/sampling/distribution.py" line="+42" />
            <source>Start a prompt or pick a lesson to see the distribution</source>
            <translation>Inicie um prompt ou escolha uma lição para ver a distribuição</translation>
        </message>
        <message>
            <location line="+52" />
            <source>probability</source>
            <translation>probabilidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>candidate token</source>
            <translation>token candidato</translation>
        </message>
        <message>
            <location line="+267" />
            <source>before chain</source>
            <translation>antes da cadeia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>after chain</source>
            <translation>depois da cadeia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>as typed (not a distribution: no chain applied)</source>
            <translation>como digitado (não é uma distribuição: sem cadeia aplicada)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation>removido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chosen</source>
            <translation>escolhido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sampled</source>
            <translation>amostrado</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsCharts</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="+35" />
            <source>Search a word to see it among its neighbours on a 2-D map</source>
            <translation>Busque uma palavra para vê-la entre seus vizinhos num mapa 2D</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add two or more texts and press Compare</source>
            <translation>Adicione dois ou mais textos e clique em Comparar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a word and two sentences that use it, then Compare</source>
            <translation>Informe uma palavra e duas frases que a usem e clique em Comparar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The word's path through the layers appears here</source>
            <translation>O caminho da palavra pelas camadas aparece aqui</translation>
        </message>
        <message>
            <location line="+14" />
            <source>PC{axis} ({share} % of variance)</source>
            <translation>PC{axis} ({share} % da variância)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>cosine {value}</source>
            <translation>cosseno {value}</translation>
        </message>
        <message>
            <location line="+93" />
            <source>query</source>
            <translation>consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>neighbours</source>
            <translation>vizinhos</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsExports</name>
        <message>
            <location filename="../../gui/embeddings/exports.py" line="+34" />
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Nothing to export yet</source>
            <translation>Ainda não há nada para exportar</translation>
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
            <translation>Cada token é um vetor: uma linha da matriz de embeddings do modelo. Dois vetores são comparados pela &lt;b&gt;similaridade do cosseno&lt;/b&gt; cos(u, v) = u·v / (|u| |v|): perto de 1 = mesma direção (parecidos), 0 = sem relação, −1 = opostos. &lt;b&gt;Distância do cosseno&lt;/b&gt; = 1 − cos.</translation>
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
            <translation>Carregue um modelo para explorar seus embeddings: os vizinhos mais próximos de uma palavra na própria matriz de embeddings do modelo, um mapa 2D, a similaridade entre textos e o vetor de uma palavra mudando com o contexto.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A model is loading; its embeddings can be explored here as soon as it is ready. Results of the model loaded before are cleared: each result belongs to the model that made it.</source>
            <translation>Um modelo está sendo carregado; você poderá explorar os embeddings dele aqui assim que estiver pronto. Os resultados do modelo anterior foram apagados: cada resultado pertence ao modelo que o gerou.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Neighbours</source>
            <translation>Vizinhos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text similarity</source>
            <translation>Similaridade de textos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word in context</source>
            <translation>Palavra no contexto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tokens nearest to a word in the embedding matrix, and a 2-D map</source>
            <translation>Os tokens mais próximos de uma palavra na matriz de embeddings, e um mapa 2D</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How similar whole texts are, from the model's hidden states</source>
            <translation>O quanto textos inteiros se parecem, pelos estados ocultos do modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same word in different sentences, compared layer by layer</source>
            <translation>A mesma palavra em frases diferentes, comparada camada por camada</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Here: {vocab} tokens × {width} numbers ({model}).</source>
            <translation>Aqui: {vocab} tokens × {width} números ({model}).</translation>
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
            <translation>Para o cálculo em andamento (Esc)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Load a model first</source>
            <translation>Carregue um modelo primeiro</translation>
        </message>
    </context>
    <context>
        <name>ExamplesView</name>
        <message>
            <location filename="../../gui/promptlab/examples.py" line="+42" />
            <source>Whose predictions to list</source>
            <translation>De qual template listar as previsões</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only mistakes</source>
            <translation>Só os erros</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+136" />
            <source>Open in sampling explorer</source>
            <translation>Abrir no Explorador de amostragem</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The next-token distribution after this exact prompt</source>
            <translation>A distribuição do próximo token depois deste prompt exato</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+134" />
            <source>Open in attention</source>
            <translation>Abrir em Atenção</translation>
        </message>
        <message>
            <location line="-132" />
            <source>Attention over this prompt, with instructions, shots and query marked</source>
            <translation>Atenção sobre este prompt, com instruções, shots e consulta marcados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Select an example to see the exact prompt the model saw</source>
            <translation>Selecione um exemplo para ver o prompt exato que o modelo recebeu</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prediction</source>
            <translation>Previsão</translation>
        </message>
        <message>
            <location line="+21" />
            <source>correct</source>
            <translation>correto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>wrong: the true label is {label}</source>
            <translation>errado: o rótulo verdadeiro é {label}</translation>
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
            <translation>Os candidatos exibidos, antes e depois da cadeia, com quantas vezes cada um foi amostrado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The step with its prompt, model, settings, order and candidates</source>
            <translation>O passo com prompt, modelo, configurações, ordem e candidatos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The chart with a caption: prompt, model, settings and order, step</source>
            <translation>O gráfico com legenda: prompt, modelo, configurações e ordem, passo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The chart with a caption, as a vector drawing</source>
            <translation>O gráfico com legenda, como desenho vetorial</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A synthetic distribution (lesson “{title}”), no model</source>
            <translation>Uma distribuição sintética (lição “{title}”), sem modelo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tokens {tokens}</source>
            <translation>Tokens {tokens}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next-token distribution of {model}</source>
            <translation>Distribuição do próximo token de {model}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prompt “{prompt}”</source>
            <translation>Prompt “{prompt}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · step {number}</source>
            <translation> · passo {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pale blue bars: before the chain, teal: after it</source>
            <translation>barras azul-claras: antes da cadeia, verde-azuladas: depois dela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, yellow: how often each came up in {draws} draws</source>
            <translation>, amarelo: quantas vezes cada um saiu em {draws} sorteios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Entropy before the chain {before} bits, after it {after} bits</source>
            <translation>Entropia antes da cadeia {before} bits, depois dela {after} bits</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chain: {settings}</source>
            <translation>Cadeia: {settings}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Nothing to export yet.</source>
            <translation>Ainda não há nada para exportar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export step</source>
            <translation>Exportar passo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The export was not written: {error}</source>
            <translation>A exportação não foi gravada: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExplorerLessons</name>
        <message>
            <location filename="../../gui/sampling/lessons.py" line="+51" />
            <source>Free exploration (your own prompt)</source>
            <translation>Exploração livre (seu próprio prompt)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Built-in lessons: a prompt or a small distribution, with an explanation. A lesson shows its own settings; yours come back when you leave it.</source>
            <translation>Lições incluídas: um prompt ou uma pequena distribuição, com uma explicação. Uma lição mostra as próprias configurações; as suas voltam quando você sai dela.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;b&gt;Lesson&lt;/b&gt;</source>
            <translation>&lt;b&gt;Lição&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Load the model this lesson was written for</source>
            <translation>Carregue o modelo para o qual esta lição foi escrita</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Set {preset} for this lesson</source>
            <translation>Aplicar {preset} nesta lição</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;b&gt;Written for {model}&lt;/b&gt;; {loaded} is loaded: its ranks and probabilities differ from the explanation's.</source>
            <translation>&lt;b&gt;Escrita para {model}&lt;/b&gt;; {loaded} está carregado: as posições e probabilidades dele diferem das da explicação.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Switch to {model}</source>
            <translation>Trocar para {model}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Loading {model} for the lesson…</source>
            <translation>Carregando {model} para a lição…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening step {number} of the chat reply…</source>
            <translation>Abrindo o passo {number} da resposta do chat…</translation>
        </message>
    </context>
    <context>
        <name>ExplorerModelChange</name>
        <message>
            <location filename="../../gui/sampling/model_change.py" line="+48" />
            <source>{model} is loaded now: press &lt;b&gt;Start&lt;/b&gt; to ask it</source>
            <translation>{model} está carregado agora: pressione &lt;b&gt;Iniciar&lt;/b&gt; para consultá-lo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No model is loaded</source>
            <translation>Nenhum modelo está carregado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The distribution from {model} was cleared. {now}.</source>
            <translation>A distribuição de {model} foi apagada. {now}.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerState</name>
        <message>
            <location filename="../../gui/sampling/state.py" line="+48" />
            <source>no model</source>
            <translation>nenhum modelo</translation>
        </message>
    </context>
    <context>
        <name>ExplorerStepping</name>
        <message>
            <location filename="../../gui/sampling/stepping.py" line="+38" />
            <source>Load a model first: the model bar at the top.</source>
            <translation>Carregue um modelo primeiro: a barra de modelo no topo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Asking {model} for the distribution…</source>
            <translation>Pedindo a distribuição a {model}…</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The explorer's request failed: {error}</source>
            <translation>A solicitação do explorador falhou: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExplorerSynthetic</name>
        <message>
            <location filename="../../gui/sampling/synthetic.py" line="+25" />
            <source>Type a probability as 0.40, 0,40 or 40 %</source>
            <translation>Digite uma probabilidade como 0,40, 0.40 ou 40 %</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“{text}” is not a probability.</source>
            <translation>“{text}” não é uma probabilidade.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A probability is between 0 and 1 (0 % to 100 %), not “{text}”.</source>
            <translation>Uma probabilidade fica entre 0 e 1 (0 % a 100 %), não “{text}”.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&lt;b&gt;{sum}&lt;/b&gt;. The chain is not applied to these values: press &lt;b&gt;Normalise&lt;/b&gt; to divide each by their sum.</source>
            <translation>&lt;b&gt;{sum}&lt;/b&gt;. A cadeia não é aplicada a estes valores: pressione &lt;b&gt;Normalizar&lt;/b&gt; para dividir cada um pela soma.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sum {total} — a distribution</source>
            <translation>Soma {total} — uma distribuição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sum {total} — not a distribution until normalised</source>
            <translation>Soma {total} — não é uma distribuição até normalizar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>At least one probability must be above 0 to normalise.</source>
            <translation>Pelo menos uma probabilidade precisa ser maior que 0 para normalizar.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerViews</name>
        <message>
            <location filename="../../gui/sampling/views.py" line="+32" />
            <source>Rank
(before chain)</source>
            <translation>Posição
(antes da cadeia)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before chain</source>
            <translation>Antes da cadeia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After chain</source>
            <translation>Depois da cadeia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cumulative
(before chain)</source>
            <translation>Acumulada
(antes da cadeia)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed by</source>
            <translation>Removido por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampled
(after chain)</source>
            <translation>Amostrado
(depois da cadeia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rank in the model's raw distribution, before any stage of the chain</source>
            <translation>Posição na distribuição bruta do modelo, antes de qualquer etapa da cadeia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The candidate token</source>
            <translation>O token candidato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Probability in the raw distribution (softmax of the logits), before the chain</source>
            <translation>Probabilidade na distribuição bruta (softmax dos logits), antes da cadeia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Probability after the chain: what a draw uses; 0 where a stage removed the token</source>
            <translation>Probabilidade depois da cadeia: a que o sorteio usa; 0 onde uma etapa removeu o token</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sum of the raw probabilities of this token and the more probable ones</source>
            <translation>Soma das probabilidades brutas deste token e dos mais prováveis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The stage of the chain that removed the token</source>
            <translation>A etapa da cadeia que removeu o token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the token came up among the draws (Sample), drawn after the chain</source>
            <translation>Quantas vezes o token saiu nos sorteios (Amostrar), feitos depois da cadeia</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Step</source>
            <translation>Passo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A synthetic distribution has no next step: edit it, or sample from it</source>
            <translation>Uma distribuição sintética não tem próximo passo: edite-a ou amostre dela</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Step: continue with {token}</source>
            <translation>Passo: continuar com {token}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue with the selected candidate (click its bar again to sample instead)</source>
            <translation>Continua com o candidato selecionado (clique de novo na barra dele para amostrar)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step: sample</source>
            <translation>Passo: amostrar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw the next token from the distribution after the chain (seeded); click a bar to pick</source>
            <translation>Sorteia o próximo token da distribuição depois da cadeia (com semente); clique numa barra para escolher</translation>
        </message>
        <message>
            <location line="+123" />
            <source>A synthetic distribution (no model)</source>
            <translation>Uma distribuição sintética (sem modelo)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{source}&lt;/b&gt; · entropy before the chain &lt;b&gt;{before} bits&lt;/b&gt;, after it &lt;b&gt;{after} bits&lt;/b&gt; · &lt;b&gt;{kept}&lt;/b&gt; of {vocabulary} tokens survive the chain · the bars hold {mass} before it</source>
            <translation>&lt;b&gt;{source}&lt;/b&gt; · entropia antes da cadeia &lt;b&gt;{before} bits&lt;/b&gt;, depois dela &lt;b&gt;{after} bits&lt;/b&gt; · &lt;b&gt;{kept}&lt;/b&gt; de {vocabulary} tokens sobrevivem à cadeia · as barras somam {mass} antes dela</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&lt;b&gt;On the top {n} only&lt;/b&gt;: the server listed {n} tokens ({known} of the probability); the other {tail} is unknown. Bars, entropy and the chain here act on these {n}, renormalised.&lt;br&gt;</source>
            <translation>&lt;b&gt;Só nos {n} primeiros&lt;/b&gt;: o servidor listou {n} tokens ({known} da probabilidade); os outros {tail} são desconhecidos. Barras, entropia e a cadeia aqui agem sobre esses {n}, renormalizados.&lt;br&gt;</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The chat recorded &lt;code&gt;{token}&lt;/code&gt; at {before} before the chain and &lt;b&gt;{after}&lt;/b&gt; after it; recomputed here: {here_before} and &lt;b&gt;{here_after}&lt;/b&gt; (a last digit can differ: the model's arithmetic depends slightly on how the context is batched).&lt;br&gt;</source>
            <translation>O chat registrou &lt;code&gt;{token}&lt;/code&gt; com {before} antes da cadeia e &lt;b&gt;{after}&lt;/b&gt; depois dela; recalculado aqui: {here_before} e &lt;b&gt;{here_after}&lt;/b&gt; (o último dígito pode diferir: a aritmética do modelo depende um pouco de como o contexto é dividido em lotes).&lt;br&gt;</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&lt;i&gt;A synthetic distribution: edit a token's probability in the table.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Uma distribuição sintética: edite a probabilidade de um token na tabela.&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(prompt)</source>
            <translation>(prompt)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Pick a lesson, or type a prompt and press &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation>Escolha uma lição, ou digite um prompt e pressione &lt;b&gt;Iniciar&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerWords</name>
        <message>
            <location filename="../../gui/sampling/words.py" line="+77" />
            <source>Followed in the last rows of the table, at every step: {names}</source>
            <translation>Acompanhados nas últimas linhas da tabela, a cada passo: {names}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} · watched: no such token</source>
            <translation>{name} · acompanhado: esse token não existe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a token of this distribution</source>
            <translation>Não é um token desta distribuição</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} · watched</source>
            <translation>{name} · acompanhado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name}, followed with Find: its rank and probabilities at this step</source>
            <translation>{name}, acompanhado com Buscar: sua posição e probabilidades neste passo</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name} is split into {count} pieces ({pieces}). Its probability is the product along its pieces, p(first) · p(second | first) …, from real probes of the model. A word has no rank of its own; its first piece ranks {rank} before the chain.</source>
            <translation>{name} é dividida em {count} pedaços ({pieces}). Sua probabilidade é o produto ao longo dos pedaços, p(primeiro) · p(segundo | primeiro) …, a partir de consultas reais ao modelo. Uma palavra não tem posição própria; seu primeiro pedaço está na posição {rank} antes da cadeia.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a piece removed</source>
            <translation>um pedaço removido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} · watched, {count} pieces</source>
            <translation>{name} · acompanhado, {count} pedaços</translation>
        </message>
    </context>
    <context>
        <name>HeadEntropyChart</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+143" />
            <source>entropy (bits)</source>
            <translation>entropia (bits)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>head</source>
            <translation>cabeça</translation>
        </message>
        <message>
            <location line="+21" />
            <source>attention spread evenly</source>
            <translation>atenção distribuída por igual</translation>
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
            <translation>Pare o download. A parte já recebida é mantida: baixe de novo para retomar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download</source>
            <translation>Baixar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download the selected file (every part of a split model) into the Hugging Face cache, which other tools share. The file is checked against the Hub's SHA-256 before it appears.</source>
            <translation>Baixe o arquivo selecionado (todas as partes de um modelo dividido) para o cache do Hugging Face, compartilhado com outras ferramentas. O arquivo é conferido com o SHA-256 do Hub antes de aparecer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load</source>
            <translation>Carregar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the model just downloaded.</source>
            <translation>Carregue o modelo que acabou de baixar.</translation>
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
            <translation>Baixado e verificado · {size}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is in the library: {path}</source>
            <translation>{file} está na biblioteca: {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled · download again to resume</source>
            <translation>Cancelado · baixe de novo para retomar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download cancelled. The part received is kept; Download resumes it.</source>
            <translation>Download cancelado. A parte recebida foi mantida; Baixar retoma de onde parou.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download failed</source>
            <translation>O download falhou</translation>
        </message>
    </context>
    <context>
        <name>HubRows</name>
        <message>
            <location filename="../../gui/library/hub_rows.py" line="+19" />
            <source>Repository</source>
            <translation>Repositório</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Likes</source>
            <translation>Curtidas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Quantização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fits in memory</source>
            <translation>Cabe na memória</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fits</source>
            <translation>Cabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tight</source>
            <translation>Apertado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too big</source>
            <translation>Grande demais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compares the file's size with the memory this machine has free now. A model needs its file's size in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, 'Tight' may swap, 'Too big' will not load well.</source>
            <translation>Compara o tamanho do arquivo com a memória livre desta máquina agora. Um modelo precisa do tamanho do arquivo em memória, mais espaço para o contexto (cache KV): 'Cabe' deixa um quarto da memória livre para isso, 'Apertado' pode usar swap, 'Grande demais' não vai carregar bem.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Gated: accept the model's terms on its Hugging Face page and log in to download.</source>
            <translation>Restrito: aceite os termos do modelo na página dele no Hugging Face e faça login para baixar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suggested: the largest file that fits comfortably in this machine's free memory.</source>
            <translation>Sugerido: o maior arquivo que cabe com folga na memória livre desta máquina.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{repo}  (gated)</source>
            <translation>{repo}  (restrito)</translation>
        </message>
        <message>
            <location line="+17" />
            <source> (%n parts)</source>
            <translation> (%n partes)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>unknown</source>
            <translation>desconhecida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>★ Suggested for this machine ({free} memory free): &lt;b&gt;{file}&lt;/b&gt; ({quantization}, {size})</source>
            <translation>★ Sugerido para esta máquina ({free} de memória livre): &lt;b&gt;{file}&lt;/b&gt; ({quantization}, {size})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown quantization</source>
            <translation>quantização desconhecida</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{percent} %  ·  {done} of {total}</source>
            <translation>{percent} %  ·  {done} de {total}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{speed}/s, {seconds} s left</source>
            <translation>{speed}/s, faltam {seconds} s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{speed}/s average</source>
            <translation>{speed}/s em média</translation>
        </message>
    </context>
    <context>
        <name>HubView</name>
        <message>
            <location filename="../../gui/library/hub_view.py" line="+88" />
            <source>Search the Hugging Face Hub for GGUF models, e.g. SmolLM2 or Qwen2.5</source>
            <translation>Pesquise modelos GGUF no Hugging Face Hub, por exemplo SmolLM2 ou Qwen2.5</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search GGUF repositories on the Hugging Face Hub, most downloaded first.</source>
            <translation>Pesquise repositórios GGUF no Hugging Face Hub, os mais baixados primeiro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop waiting for the Hub. Without an answer, a search gives up by itself after {seconds} seconds.</source>
            <translation>Pare de esperar pelo Hub. Sem resposta, a pesquisa desiste sozinha depois de {seconds} segundos.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+138" />
            <source>Search to see repositories.</source>
            <translation>Pesquise para ver repositórios.</translation>
        </message>
        <message>
            <location line="-137" />
            <location line="+49" />
            <location line="+90" />
            <source>Choose a repository to see its GGUF files.</source>
            <translation>Escolha um repositório para ver os arquivos GGUF dele.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Repositories</source>
            <translation>Repositórios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Searching {hub} for “{query}”…</source>
            <translation>Pesquisando “{query}” em {hub}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Searching {hub}…</source>
            <translation>Pesquisando em {hub}…</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Search cancelled.</source>
            <translation>Pesquisa cancelada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Listing cancelled. Search again to retry.</source>
            <translation>Listagem cancelada. Pesquise de novo para tentar outra vez.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No GGUF repositories match.</source>
            <translation>Nenhum repositório GGUF corresponde à pesquisa.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Listing {repo}…</source>
            <translation>Listando {repo}…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This repository has no .gguf files.</source>
            <translation>Este repositório não tem arquivos .gguf.</translation>
        </message>
    </context>
    <context>
        <name>InsideLayout</name>
        <message>
            <location filename="../../gui/inside/layout.py" line="+33" />
            <source>Lens grid as PNG…</source>
            <translation>Grade da lente em PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lens as CSV…</source>
            <translation>Lente em CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lens as JSON…</source>
            <translation>Lente em JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target chart as PNG…</source>
            <translation>Gráfico do alvo em PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as PNG…</source>
            <translation>Atribuição em PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as CSV…</source>
            <translation>Atribuição em CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as JSON…</source>
            <translation>Atribuição em JSON…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Logit lens</source>
            <translation>Lente de logits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution</source>
            <translation>Atribuição</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A prompt to look inside</source>
            <translation>Um prompt para olhar por dentro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The prompt, as plain text (BOS is added as the model expects)</source>
            <translation>O prompt, em texto puro (o BOS é acrescentado como o modelo espera)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>default: the model's own choice</source>
            <translation>padrão: a escolha do próprio modelo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The continuation to follow or explain, with its leading space (' Paris'), or #id for a token</source>
            <translation>A continuação a acompanhar ou explicar, com o espaço inicial (' Paris'), ou #id para um token</translation>
        </message>
        <message>
            <location line="+4" />
            <source>optional, e.g.  Lyon</source>
            <translation>opcional, p. ex.  Lyon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attribution only: explain why the target rather than this continuation</source>
            <translation>Só para a atribuição: explique por que o alvo e não esta continuação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>word</source>
            <translation>palavra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>token</source>
            <translation>token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sentence</source>
            <translation>frase</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is left out at a time when scoring the prompt</source>
            <translation>O que é deixado de fora de cada vez ao pontuar o prompt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Top tokens kept per layer and position (shown on hover)</source>
            <translation>Tokens mais prováveis guardados por camada e posição (aparecem ao passar o mouse)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also look at this many greedily generated tokens (lens only)</source>
            <translation>Olhe também esta quantidade de tokens gerados de forma gulosa (só a lente)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Alvo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rather than</source>
            <translation>Em vez de</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top k</source>
            <translation>Top k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generate</source>
            <translation>Gerar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Run lens</source>
            <translation>Rodar a lente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each layer's next-token prediction at every position (Ctrl+Return)</source>
            <translation>A previsão do próximo token de cada camada em cada posição (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attribute</source>
            <translation>Atribuir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occlusion, then attention rollout, for the target</source>
            <translation>Oclusão e depois attention rollout, para o alvo</translation>
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
            <translation>Parar o cálculo em andamento (Esc)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Click a column to follow that position; hover a cell for its numbers.</source>
            <translation>Clique em uma coluna para acompanhar essa posição; passe o mouse sobre uma célula para ver os números dela.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unit</source>
            <translation>unidade</translation>
        </message>
        <message>
            <location line="+0" />
            <source>occlusion Δ log p (nats)</source>
            <translation>oclusão Δ log p (nats)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rollout share</source>
            <translation>fração do rollout</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hover a unit for its score.</source>
            <translation>Passe o mouse sobre uma unidade para ver a pontuação dela.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Occlusion&lt;/b&gt; — the drop in log p(target) when the unit is left out</source>
            <translation>&lt;b&gt;Oclusão&lt;/b&gt; — a queda em log p(alvo) quando a unidade é deixada de fora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Attention rollout&lt;/b&gt; — a different method: attention flow, target-blind</source>
            <translation>&lt;b&gt;Attention rollout&lt;/b&gt; — outro método: o fluxo da atenção, sem olhar o alvo</translation>
        </message>
    </context>
    <context>
        <name>InsidePanel</name>
        <message>
            <location filename="../../gui/inside/panel.py" line="+92" />
            <source>Load a model first</source>
            <translation>Carregue um modelo primeiro</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Type a prompt first</source>
            <translation>Digite um prompt primeiro</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Running lens…</source>
            <translation>Rodando a lente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running occlusion…</source>
            <translation>Rodando a oclusão…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running rollout…</source>
            <translation>Rodando o rollout…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lens cancelled</source>
            <translation>Lente cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>occlusion cancelled</source>
            <translation>Oclusão cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout cancelled</source>
            <translation>Rollout cancelado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lens failed: {error}</source>
            <translation>A lente falhou: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>occlusion failed: {error}</source>
            <translation>A oclusão falhou: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout failed: {error}</source>
            <translation>O rollout falhou: {error}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That result came from a model that is no longer loaded; run it again</source>
            <translation>Esse resultado veio de um modelo que não está mais carregado; rode de novo</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The results came from another model and were cleared; run them again.</source>
            <translation>Os resultados vieram de outro modelo e foram apagados; rode de novo.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>; last layer vs llama.cpp: max |Δp| {error}</source>
            <translation>; última camada vs. llama.cpp: |Δp| máx. {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{layers} layers × {positions} positions ({prompt} of the prompt){check}. Rows: layers (last on top); columns: positions.</source>
            <translation>{layers} camadas × {positions} posições ({prompt} do prompt){check}. Linhas: camadas (a última no topo); colunas: posições.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Following {target} after {token}: p after the last layer {prob}.</source>
            <translation>Acompanhando {target} depois de {token}: p após a última camada {prob}.</translation>
        </message>
        <message numerus="yes">
            <location line="+35" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palavra</numerusform>
                <numerusform>%n palavras</numerusform>
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
                <numerusform>%n frase</numerusform>
                <numerusform>%n frases</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Occlusion of {units}: {what} = {base}; {evaluations} token evaluations with prefix reuse (naive: {naive}).</source>
            <translation>Oclusão de {units}: {what} = {base}; {evaluations} avaliações de token reaproveitando prefixos (ingênuo: {naive}).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{unit}: occlusion Δ log p (nats) {score}</source>
            <translation>{unit}: oclusão Δ log p (nats) {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{unit}: rollout share of the attention flow {score}</source>
            <translation>{unit}: rollout, fração do fluxo de atenção {score}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing to export yet: run the attribution</source>
            <translation>Nada para exportar ainda: rode a atribuição</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to export yet: run the lens</source>
            <translation>Nada para exportar ainda: rode a lente</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved {name}</source>
            <translation>Salvo: {name}</translation>
        </message>
    </context>
    <context>
        <name>InsideTexts</name>
        <message>
            <location filename="../../gui/inside/texts.py" line="+16" />
            <source>&lt;b&gt;Logit lens&lt;/b&gt;: after each layer ℓ the residual stream h&lt;sub&gt;ℓ&lt;/sub&gt; (what the layer hands on) goes through the model's own final norm and unembedding — p&lt;sub&gt;ℓ&lt;/sub&gt; = softmax(W&lt;sub&gt;U&lt;/sub&gt; · norm(h&lt;sub&gt;ℓ&lt;/sub&gt;)) — as if the model stopped there. Each cell is the most probable next token at that layer (row) and position (column), coloured by its probability (viridis). It shows when a prediction takes shape; middle layers were not trained to be read this way, so a poor early guess is not proof that the layer 'knows' nothing.</source>
            <translation>&lt;b&gt;Lente de logits&lt;/b&gt;: depois de cada camada ℓ, o fluxo residual h&lt;sub&gt;ℓ&lt;/sub&gt; (o que a camada passa adiante) atravessa a norma final e o unembedding do próprio modelo — p&lt;sub&gt;ℓ&lt;/sub&gt; = softmax(W&lt;sub&gt;U&lt;/sub&gt; · norm(h&lt;sub&gt;ℓ&lt;/sub&gt;)) — como se o modelo parasse ali. Cada célula é o próximo token mais provável naquela camada (linha) e posição (coluna), colorido pela probabilidade (viridis). Ela mostra quando uma previsão toma forma; as camadas do meio não foram treinadas para ser lidas assim, então um palpite ruim no começo não prova que a camada 'não sabe' nada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;Occlusion&lt;/b&gt; leaves each unit out and re-evaluates: score = log p(target | prompt) − log p(target | prompt without it), in nats (contrastive: the change of log p(A) − log p(B)). Positive = the target needed it. It measures this model's reaction to a shorter prompt — text with a hole — not how the model uses the unit inside the full prompt. &lt;b&gt;Attention rollout&lt;/b&gt; (a different method, shown beside it) multiplies the head-averaged attention of every layer, with the residual path added; it ignores the MLPs and the target, and nearly all of it flows to the first token (the attention sink), which is left out and the rest renormalised. Where the two disagree, trust occlusion's numbers, and neither as a full explanation.</source>
            <translation>A &lt;b&gt;oclusão&lt;/b&gt; deixa cada unidade de fora e reavalia: pontuação = log p(alvo | prompt) − log p(alvo | prompt sem ela), em nats (contrastiva: a variação de log p(A) − log p(B)). Positiva = o alvo precisava dela. Ela mede a reação deste modelo a um prompt mais curto — um texto com um buraco —, não como o modelo usa a unidade dentro do prompt completo. O &lt;b&gt;attention rollout&lt;/b&gt; (outro método, mostrado ao lado) multiplica a atenção média das cabeças de todas as camadas, somando o caminho residual; ele ignora os MLPs e o alvo, e quase tudo flui para o primeiro token (o attention sink), que é deixado de fora, e o resto é renormalizado. Onde os dois discordarem, confie nos números da oclusão — e em nenhum dos dois como explicação completa.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Type a prompt and press &lt;b&gt;Run lens&lt;/b&gt; (Ctrl+Return) to see each layer's prediction.</source>
            <translation>Digite um prompt e clique em &lt;b&gt;Rodar a lente&lt;/b&gt; (Ctrl+Return) para ver a previsão de cada camada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Press &lt;b&gt;Attribute&lt;/b&gt; to see which parts of the prompt the prediction rests on.</source>
            <translation>Clique em &lt;b&gt;Atribuir&lt;/b&gt; para ver em quais partes do prompt a previsão se apoia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>occlusion</source>
            <translation>oclusão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout</source>
            <translation>rollout</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Layer {layer}, after {position}: the lens's most probable next tokens</source>
            <translation>Camada {layer}, depois de {position}: os próximos tokens mais prováveis segundo a lente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>p({target}) = {prob} % (rank {rank}); entropy {entropy} bits; KL to the final layer {kl} bits</source>
            <translation>p({target}) = {prob} % (posição {rank}); entropia {entropy} bits; KL até a última camada {kl} bits</translation>
        </message>
    </context>
    <context>
        <name>LayerCosineChart</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="+157" />
            <source>sentence {a} vs {b}</source>
            <translation>frase {a} vs. {b}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer (emb = input embedding)</source>
            <translation>camada (emb = embedding de entrada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cosine similarity</source>
            <translation>similaridade do cosseno</translation>
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
            <translation>A probabilidade que o modelo deu a cada token escolhido, antes da cadeia de amostragem.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chosen tokens the model gave {range} probability</source>
            <translation>Tokens escolhidos aos quais o modelo deu probabilidade {range}</translation>
        </message>
    </context>
    <context>
        <name>LensGrid</name>
        <message>
            <location filename="../../gui/inside/grid.py" line="+33" />
            <source>Hover a cell for the layer's top tokens, the target's probability and rank</source>
            <translation>Passe o mouse sobre uma célula para ver os tokens mais prováveis da camada, a probabilidade do alvo e a posição dele</translation>
        </message>
        <message>
            <location line="+15" />
            <source>layer {layer}</source>
            <translation>camada {layer}</translation>
        </message>
    </context>
    <context>
        <name>LibraryRows</name>
        <message>
            <location filename="../../gui/library/library_rows.py" line="+20" />
            <source>Packaged</source>
            <translation>Incluído</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hugging Face cache</source>
            <translation>Cache do Hugging Face</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Architecture</source>
            <translation>Arquitetura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Quantização</translation>
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
            <translation>Origem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Path</source>
            <translation>Caminho</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No models found.

Download one from the Hugging Face Hub (the Download tab), or add a folder that holds .gguf files.</source>
            <translation>Nenhum modelo encontrado.

Baixe um do Hugging Face Hub (a aba Baixar) ou adicione uma pasta com arquivos .gguf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trained context: the longest sequence, in tokens, the model was trained to attend over.</source>
            <translation>Contexto de treino: a sequência mais longa, em tokens, sobre a qual o modelo foi treinado para prestar atenção.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools ({folder}). Folder: a folder you added.</source>
            <translation>Incluído: instalado com o Lanterna. Cache do Hugging Face: o cache compartilhado com outras ferramentas ({folder}). Pasta: uma pasta que você adicionou.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, slightly less accurate. Q4_K_M is a common balance.</source>
            <translation>Bits por peso: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Menos bits: um arquivo menor e mais rápido, um pouco menos preciso. Q4_K_M é um equilíbrio comum.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Just now</source>
            <translation>Agora mesmo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%n min ago</source>
            <translation>há %n min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%n h ago</source>
            <translation>há %n h</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%n days ago</source>
            <translation>há %n dias</translation>
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
            <translation>Filtre por nome, arquitetura, quantização, origem ou caminho</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Folders</source>
            <translation>Pastas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folders Lanterna searches for .gguf files (with their subfolders), besides the packaged models and the Hugging Face cache.</source>
            <translation>Pastas em que o Lanterna procura arquivos .gguf (com as subpastas), além dos modelos incluídos e do cache do Hugging Face.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add folder…</source>
            <translation>Adicionar pasta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a folder of .gguf files to the library.</source>
            <translation>Adicione à biblioteca uma pasta de arquivos .gguf.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look for models again (new downloads, files copied into folders).</source>
            <translation>Procure modelos de novo (novos downloads, arquivos copiados para as pastas).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Show in folder</source>
            <translation>Mostrar na pasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder that holds this model in the file manager.</source>
            <translation>Abra no gerenciador de arquivos a pasta que contém este modelo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the model's file (every part of a split model). For the Hugging Face cache, the cached file itself is removed, so other tools that share the cache lose it too. Asks first.</source>
            <translation>Exclua o arquivo do modelo (todas as partes de um modelo dividido). No cache do Hugging Face, o próprio arquivo em cache é removido, então as outras ferramentas que compartilham o cache também o perdem. Pergunta antes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load</source>
            <translation>Carregar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the selected model (or double-click it).</source>
            <translation>Carregue o modelo selecionado (ou clique duas vezes nele).</translation>
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
            <translation>Não foi possível abrir um gerenciador de arquivos para {folder}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not delete {model}: {error}</source>
            <translation>Não foi possível excluir {model}: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deleted {model} ({size} freed).</source>
            <translation>{model} excluído ({size} liberados).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>It is in the Hugging Face cache, which other tools share: they lose it too.</source>
            <translation>Ele está no cache do Hugging Face, compartilhado com outras ferramentas: elas também o perdem.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is deleted from disk.</source>
            <translation>O arquivo é excluído do disco.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete {model} ({size})?</source>
            <translation>Excluir {model} ({size})?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete model</source>
            <translation>Excluir modelo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hugging Face cache: {folder}</source>
            <translation>Cache do Hugging Face: {folder}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {folder}</source>
            <translation>Remover {folder}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No folders added yet</source>
            <translation>Nenhuma pasta adicionada ainda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add a folder of GGUF models</source>
            <translation>Adicionar uma pasta de modelos GGUF</translation>
        </message>
    </context>
    <context>
        <name>LoadSettingsDialog</name>
        <message>
            <location filename="../../gui/shell/load_settings.py" line="+35" />
            <source>This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with &lt;code&gt;python main.py setup --gpu cuda&lt;/code&gt; (or &lt;code&gt;vulkan&lt;/code&gt;, &lt;code&gt;metal&lt;/code&gt;).</source>
            <translation>Esta compilação do llama.cpp roda só na CPU. Para usar a GPU, recompile com &lt;code&gt;python main.py setup --gpu cuda&lt;/code&gt; (ou &lt;code&gt;vulkan&lt;/code&gt;, &lt;code&gt;metal&lt;/code&gt;).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load settings</source>
            <translation>Ajustes de carga</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many tokens the model can see at once (prompt + reply). More uses more memory.</source>
            <translation>Quantos tokens o modelo enxerga de uma vez (prompt + resposta). Mais contexto usa mais memória.</translation>
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
            <translation>Threads para gerar tokens; automático usa o número medido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Threads for reading the prompt; automatic uses the measured count</source>
            <translation>Threads para ler o prompt; automático usa o número medido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re-tune</source>
            <translation>Medir de novo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measure every thread count again on the loaded model (a few seconds)</source>
            <translation>Medir de novo cada número de threads no modelo carregado (alguns segundos)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>all</source>
            <translation>todas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>none (e.g. 192.168.1.20:50052, 192.168.1.21:50052)</source>
            <translation>nenhum (ex.: 192.168.1.20:50052, 192.168.1.21:50052)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ggml-rpc-server workers on other machines (llama.cpp's RPC backend): the model's layers are split over them in this order, while this computer still runs the graph, so every view keeps working. Start one there with: ggml-rpc-server -H 0.0.0.0 -p 50052</source>
            <translation>Workers ggml-rpc-server em outras máquinas (o backend RPC do llama.cpp): as camadas do modelo são divididas entre eles nesta ordem, enquanto este computador continua executando o grafo, então todas as visões continuam funcionando. Inicie um lá com: ggml-rpc-server -H 0.0.0.0 -p 50052</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Flash attention</source>
            <translation>Flash attention</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Context size</source>
            <translation>Tamanho do contexto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CPU threads</source>
            <translation>Threads da CPU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt threads</source>
            <translation>Threads do prompt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>GPU layers</source>
            <translation>Camadas na GPU</translation>
        </message>
        <message>
            <location line="+5" />
            <source>RPC workers</source>
            <translation>Workers RPC</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Load a model to see its measured thread counts.</source>
            <translation>Carregue um modelo para ver os números de threads medidos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>measured on this machine</source>
            <translation>medido nesta máquina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>measured earlier on this machine</source>
            <translation>medido antes nesta máquina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen by you</source>
            <translation>escolhido por você</translation>
        </message>
        <message>
            <location line="+1" />
            <source>half the cores (not measured)</source>
            <translation>metade dos núcleos (não medido)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In use: {generation} for generation, {prompt} for the prompt ({how}).</source>
            <translation>Em uso: {generation} para a geração, {prompt} para o prompt ({how}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Generation tok/s</source>
            <translation>Geração tok/s</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prompt tok/s</source>
            <translation>Prompt tok/s</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Measuring the thread counts…</source>
            <translation>Medindo os números de threads…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Re-tune failed: {message}</source>
            <translation>A nova medição falhou: {message}</translation>
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
            <translation>Nenhum modelo carregado. Escolha um à esquerda, abra um arquivo .gguf ou solte um aqui.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This model has no chat template; Lanterna uses a plain fallback template.</source>
            <translation>Este modelo não tem template de chat; o Lanterna usa um template simples de reserva.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>GGUF is llama.cpp's single-file model format: the weights, the tokenizer and the model's settings (the metadata) travel together in one .gguf file.</source>
            <translation>GGUF é o formato de modelo em arquivo único do llama.cpp: os pesos, o tokenizador e as configurações do modelo (os metadados) viajam juntos em um só arquivo .gguf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Quantization stores each weight in fewer bits than the 16 or 32 the model was trained with (Q4 ≈ 4 bits, Q8 ≈ 8 bits). Fewer bits make the file smaller and faster to run, at a small cost in accuracy. K-quants (Q4_K_M …) mix precisions per tensor.</source>
            <translation>A quantização guarda cada peso em menos bits que os 16 ou 32 com que o modelo foi treinado (Q4 ≈ 4 bits, Q8 ≈ 8 bits). Menos bits deixam o arquivo menor e mais rápido de executar, com um pequeno custo de precisão. As K-quants (Q4_K_M …) misturam precisões por tensor.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The longest sequence, in tokens, the model was trained to attend over.</source>
            <translation>A sequência mais longa, em tokens, sobre a qual o modelo foi treinado para prestar atenção.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The context window llama.cpp allocated for this session: prompt plus generated tokens must fit in it.</source>
            <translation>A janela de contexto que o llama.cpp reservou para esta sessão: o prompt mais os tokens gerados precisam caber nela.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Query heads each look at the context their own way. Key/value (KV) heads hold what is looked at; sharing a KV head between several query heads (grouped-query attention) shrinks the KV cache.</source>
            <translation>Cada cabeça de consulta olha para o contexto do seu jeito. As cabeças de chave/valor (KV) guardam o que é olhado; compartilhar uma cabeça KV entre várias cabeças de consulta (atenção de consultas agrupadas) reduz o cache KV.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many distinct tokens the tokenizer knows: the width of every next-token distribution.</source>
            <translation>Quantos tokens distintos o tokenizador conhece: a largura de toda distribuição do próximo token.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The width of the vector that represents each token inside the model.</source>
            <translation>A largura do vetor que representa cada token dentro do modelo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tokens with a job rather than a meaning: beginning and end of sequence, end of turn, padding…</source>
            <translation>Tokens com uma função em vez de um significado: início e fim de sequência, fim de turno, preenchimento…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A Jinja template, stored in the GGUF file, that turns a list of chat messages into the exact prompt text the model was fine-tuned on.</source>
            <translation>Um template Jinja, guardado no arquivo GGUF, que transforma uma lista de mensagens de chat no texto exato de prompt com que o modelo passou por ajuste fino.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Which machine holds each layer's weights, as llama.cpp placed them at load. Layers on RPC workers are computed there; this computer schedules the graph, so every view still reads them. Workers keep the weights as the file stores them, while a local run repacks some quantized layers for this CPU: the two can differ slightly (for Gemma-3-270M up to 0.03 in a probability).</source>
            <translation>Qual máquina guarda os pesos de cada camada, como o llama.cpp os distribuiu ao carregar. Camadas em workers RPC são calculadas lá; este computador agenda o grafo, então todas as visões continuam lendo essas camadas. Os workers mantêm os pesos como o arquivo os guarda, enquanto uma execução local reorganiza algumas camadas quantizadas para esta CPU: as duas podem diferir um pouco (no Gemma-3-270M, até 0,03 em uma probabilidade).</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+106" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="-105" />
            <source>Architecture</source>
            <translation>Arquitetura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parameters</source>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Quantização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File size</source>
            <translation>Tamanho do arquivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trained context</source>
            <translation>Contexto de treino</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loaded context</source>
            <translation>Contexto carregado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layers</source>
            <translation>Camadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where layers run</source>
            <translation>Onde as camadas rodam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heads / KV heads</source>
            <translation>Cabeças / cabeças KV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embedding size</source>
            <translation>Tamanho do embedding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vocabulary size</source>
            <translation>Tamanho do vocabulário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GPU offload</source>
            <translation>Descarregamento na GPU</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Unload</source>
            <translation>Descarregar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free the loaded model's memory.</source>
            <translation>Libere a memória do modelo carregado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loaded model</source>
            <translation>Modelo carregado</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special tokens</source>
            <translation>Tokens especiais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat template</source>
            <translation>Template de chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metadata</source>
            <translation>Metadados</translation>
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
            <translation>Filtrar chaves e valores…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Key</source>
            <translation>Chave</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The GGUF file's key/value settings, exactly as llama.cpp reads them.</source>
            <translation>As configurações de chave/valor do arquivo GGUF, exatamente como o llama.cpp as lê.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{name}: token {id}, text {text}</source>
            <translation>{name}: token {id}, texto {text}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special tokens ({count})</source>
            <translation>Tokens especiais ({count})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Metadata ({count})</source>
            <translation>Metadados ({count})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/shell/main_window.py" line="+49" />
            <source>Engine starting…</source>
            <translation>Iniciando o motor…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engine ready · no model loaded</source>
            <translation>Motor pronto · nenhum modelo carregado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading model…</source>
            <translation>Carregando o modelo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generating…</source>
            <translation>Gerando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engine restarting…</source>
            <translation>Reiniciando o motor…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampling explorer</source>
            <translation>Explorador de amostragem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention</source>
            <translation>Atenção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt lab</source>
            <translation>Laboratório de prompts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Pontuar</translation>
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
            <translation>Velocidade de geração da última resposta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Memory used by the engine process (the model and its context)</source>
            <translation>Memória usada pelo processo do motor (o modelo e seu contexto)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Classroom</source>
            <translation>Sala de aula</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Classroom</source>
            <translation>&amp;Sala de aula</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Guided lessons that walk the course across the views (Ctrl+L)</source>
            <translation>Aulas guiadas que percorrem o curso pelas visões do app (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No model loaded</source>
            <translation>Nenhum modelo carregado</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lanterna restarted it and is loading {model} again.</source>
            <translation>O Lanterna o reiniciou e está carregando {model} de novo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lanterna restarted it.</source>
            <translation>O Lanterna o reiniciou.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;The engine stopped unexpectedly&lt;/b&gt;: {description}.</source>
            <translation>&lt;b&gt;O motor parou inesperadamente&lt;/b&gt;: {description}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your chats are safe; a reply that was being written is kept up to its last token.</source>
            <translation>Seus chats estão a salvo; uma resposta que estava sendo escrita fica guardada até o último token.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The engine process ended; restarted</source>
            <translation>O processo do motor terminou; foi reiniciado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Engine memory {size}</source>
            <translation>Memória do motor {size}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Preparing the Inside view…</source>
            <translation>Preparando a aba Por dentro…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../gui/embeddings/map_view.py" line="+26" />
            <source>Map: the query and its neighbours</source>
            <translation>Mapa: a consulta e seus vizinhos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map: words you list</source>
            <translation>Mapa: palavras que você listar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map: a random sample of the vocabulary</source>
            <translation>Mapa: uma amostra aleatória do vocabulário</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A 2-D picture of the vectors: their two main directions of variation (PCA). Vectors are
scaled to length 1 first, so the map shows directions, the thing cosine compares.</source>
            <translation>Uma imagem 2D dos vetores: suas duas direções principais de variação (PCA). Antes, os vetores
são normalizados para comprimento 1, então o mapa mostra direções, que é o que o cosseno compara.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Comma-separated words (each as a word start, with a leading space)</source>
            <translation>Palavras separadas por vírgula (cada uma como início de palavra, com espaço antes)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many tokens to sample (the filters above apply)</source>
            <translation>Quantos tokens sortear (os filtros acima valem)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>seed </source>
            <translation>semente </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same seed, same sample</source>
            <translation>Mesma semente, mesma amostra</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+49" />
            <source>Draw</source>
            <translation>Desenhar</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Hover a point for its token and cosine; click it to search its neighbours</source>
            <translation>Passe o mouse sobre um ponto para ver o token e o cosseno; clique para buscar os vizinhos dele</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map as a PNG picture</source>
            <translation>Salva o mapa como imagem PNG</translation>
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
            <translation>acurácia</translation>
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
            <translation>Rode uma comparação para ver acurácia, macro-F1 e erro de calibração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value (0–1)</source>
            <translation>valor (0–1)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>always '{label}'</source>
            <translation>sempre '{label}'</translation>
        </message>
        <message>
            <location line="+5" />
            <source>chance (1 of {labels})</source>
            <translation>acaso (1 de {labels})</translation>
        </message>
    </context>
    <context>
        <name>ModelLanguages</name>
        <message>
            <location filename="../../gui/library/languages.py" line="+13" />
            <source>Portuguese</source>
            <translation>Português</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Espanhol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Inglês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Francês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>German</source>
            <translation>Alemão</translation>
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
            <translation>Tailandês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>Chinês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>Russo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Japanese</source>
            <translation>Japonês</translation>
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
            <translation>Arquitetura Llama, 30 camadas, 9 cabeças, vocabulário de 49 mil tokens, template de chat. O modelo padrão.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Gemma 3 architecture, 18 layers, sliding-window attention, 262k vocabulary, no chat template.</source>
            <translation>Arquitetura Gemma 3, 18 camadas, atenção com janela deslizante, vocabulário de 262 mil tokens, sem template de chat.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>English only</source>
            <translation>Só inglês</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{languages} and more</source>
            <translation>{languages} e outros</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{languages} and %n more</source>
            <translation>{languages} e mais %n</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Speaks {languages} and many more languages.</source>
            <translation>Fala {languages} e muitos outros idiomas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Over %n languages, among them {languages}.</source>
            <translation>Mais de %n idiomas, entre eles {languages}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Officially: {languages}.</source>
            <translation>Oficialmente: {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Base model: it continues text, it does not chat. Good for few-shot prompts.</source>
            <translation>Modelo base: ele continua o texto, não conversa. Bom para prompts few-shot.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat model that reasons before it answers (/no_think in the system prompt turns that off).</source>
            <translation>Modelo de chat que raciocina antes de responder (/no_think no prompt de sistema desliga isso).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat model: follows instructions.</source>
            <translation>Modelo de chat: segue instruções.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{languages} · base model</source>
            <translation>{languages} · modelo base</translation>
        </message>
        <message>
            <location line="+12" />
            <source>For Portuguese or Spanish, pick Gemma-3-270M or a chat model from Download → Models that speak Portuguese and Spanish.</source>
            <translation>Para português ou espanhol, escolha o Gemma-3-270M ou um modelo de chat em Baixar → Modelos que falam português e espanhol.</translation>
        </message>
    </context>
    <context>
        <name>ModelLoading</name>
        <message>
            <location filename="../../gui/shell/model_loading.py" line="+65" />
            <source>Packaged and recent models</source>
            <translation>Modelos incluídos e recentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load</source>
            <translation>Carregar</translation>
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
            <translation>Abra um arquivo de modelo .gguf (Ctrl+O); você também pode soltá-lo na janela</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unload</source>
            <translation>Descarregar</translation>
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
            <translation>Tamanho do contexto, threads da CPU, camadas na GPU</translation>
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
            <translation>Nenhum modelo carregado</translation>
        </message>
        <message>
            <location line="-181" />
            <source>&lt;b&gt;Model&lt;/b&gt;</source>
            <translation>&lt;b&gt;Modelo&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Dismiss</source>
            <translation>Fechar aviso</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Stop the reply before loading another model.</source>
            <translation>Pare a resposta antes de carregar outro modelo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Loading {model}…</source>
            <translation>Carregando {model}…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open a GGUF model</source>
            <translation>Abrir um modelo GGUF</translation>
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
            <translation>Conectar a um servidor…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{model} · {architecture} · {millions} M parameters · {quantization} · context {n_ctx}</source>
            <translation>{model} · {architecture} · {millions} M de parâmetros · {quantization} · contexto {n_ctx}</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>layers on %n RPC worker(s)</source>
            <translation>
                <numerusform>camadas em %n worker RPC</numerusform>
                <numerusform>camadas em %n workers RPC</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>{model} on a server ({api}) · top {top_n} alternatives per token</source>
            <translation>{model} em um servidor ({api}) · {top_n} alternativas por token</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Loading cancelled · no model loaded</source>
            <translation>Carregamento cancelado · nenhum modelo carregado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Could not load the model.&lt;/b&gt; {message}</source>
            <translation>&lt;b&gt;Não foi possível carregar o modelo.&lt;/b&gt; {message}</translation>
        </message>
    </context>
    <context>
        <name>ModelPanel</name>
        <message>
            <location filename="../../gui/library/panel.py" line="+39" />
            <source>file not found</source>
            <translation>arquivo não encontrado</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download</source>
            <translation>Baixar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packaged and recent models, and the facts of the loaded one.</source>
            <translation>Modelos incluídos e recentes, e os dados do modelo carregado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every GGUF model on this machine, wherever it is.</source>
            <translation>Todos os modelos GGUF desta máquina, onde quer que estejam.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search the Hugging Face Hub and download GGUF models, or pick one for Portuguese and Spanish.</source>
            <translation>Pesquise no Hugging Face Hub e baixe modelos GGUF, ou escolha um para português e espanhol.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Packaged</source>
            <translation>Incluídos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Recentes</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load</source>
            <translation>Carregar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the selected model (or double-click it).</source>
            <translation>Carregue o modelo selecionado (ou clique duas vezes nele).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open GGUF file…</source>
            <translation>Abrir arquivo GGUF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{gguf}

You can also drop a .gguf file onto this tab.</source>
            <translation>{gguf}

Você também pode soltar um arquivo .gguf nesta aba.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No recent files yet</source>
            <translation>Nenhum arquivo recente ainda</translation>
        </message>
        <message>
            <location line="+114" />
            <source>Open a GGUF model</source>
            <translation>Abrir um modelo GGUF</translation>
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
            <translation>carregado</translation>
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
            <translation>{counts} — cada cabeça de consulta tem sua própria cabeça KV</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{counts} — grouped-query attention: {share} query heads share each KV head</source>
            <translation>{counts} — atenção de consultas agrupadas: {share} cabeças de consulta compartilham cada cabeça KV</translation>
        </message>
        <message>
            <location line="+7" />
            <source>installed</source>
            <translation>instalado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not installed</source>
            <translation>não instalado</translation>
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
            <translation>no servidor</translation>
        </message>
        <message>
            <location line="+6" />
            <source>available in this build</source>
            <translation>disponível nesta build</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CPU only build</source>
            <translation>build só para CPU</translation>
        </message>
        <message>
            <location line="+8" />
            <source>this computer</source>
            <translation>este computador</translation>
        </message>
        <message>
            <location line="+11" />
            <source>layers {span}: {where}</source>
            <translation>camadas {span}: {where}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>output: {where}</source>
            <translation>saída: {where}</translation>
        </message>
    </context>
    <context>
        <name>NeighboursView</name>
        <message>
            <location filename="../../gui/embeddings/neighbours_view.py" line="+43" />
            <source>Rank</source>
            <translation>Posição</translation>
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
            <translation>Cosseno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance</source>
            <translation>Distância</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Word or phrase</source>
            <translation>Palavra ou expressão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Analogy a − b + c</source>
            <translation>Analogia a − b + c</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Word or phrase: its vector (several tokens: the mean of their vectors), or #id for one token.
Analogy: the vector a − b + c, e.g. king, man, woman → queen.</source>
            <translation>Palavra ou expressão: o vetor dela (vários tokens: a média dos seus vetores), ou #id para um token.
Analogia: o vetor a − b + c, por exemplo king, man, woman → queen.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How many neighbours to list</source>
            <translation>Quantos vizinhos listar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find the nearest tokens over the whole vocabulary (Enter)</source>
            <translation>Encontra os tokens mais próximos em todo o vocabulário (Enter)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Word start (leading space)</source>
            <translation>Início de palavra (espaço antes)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tokenizers keep the space before a word: ' king' is the word, 'king' is a piece found inside
other words or at the start of a text. Ticked, a space is put before what you type.</source>
            <translation>Os tokenizadores guardam o espaço antes de uma palavra: ' king' é a palavra, 'king' é um pedaço que aparece dentro
de outras palavras ou no início de um texto. Marcado, um espaço é colocado antes do que você digitar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide special and byte tokens</source>
            <translation>Ocultar tokens especiais e de bytes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave out control tokens (&lt;bos&gt;, &lt;|im_end|&gt; …) and raw bytes (&lt;0xE2&gt; …)</source>
            <translation>Deixa de fora os tokens de controle (&lt;bos&gt;, &lt;|im_end|&gt; …) e os bytes brutos (&lt;0xE2&gt; …)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole words only</source>
            <translation>Só palavras inteiras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only tokens that start a word (leading space) and are letters only</source>
            <translation>Só tokens que iniciam uma palavra (espaço antes) e têm apenas letras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List the query's own tokens</source>
            <translation>Listar os tokens da própria consulta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Normally the query's tokens are left out of its neighbours. Ticked, they stay in the ranking:
a one-token query then comes first with cosine 1 (every vector is identical to itself).</source>
            <translation>Normalmente os tokens da consulta ficam fora dos seus vizinhos. Marcado, eles continuam na classificação:
uma consulta de um só token aparece então em primeiro, com cosseno 1 (todo vetor é idêntico a si mesmo).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Double-click a token to search its own neighbours</source>
            <translation>Clique duas vezes num token para buscar os vizinhos dele</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the neighbour table as CSV</source>
            <translation>Salva a tabela de vizinhos como CSV</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Type a word, a phrase or #id</source>
            <translation>Digite uma palavra, uma expressão ou #id</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An analogy needs three words: a, b, c</source>
            <translation>Uma analogia precisa de três palavras: a, b, c</translation>
        </message>
        <message>
            <location line="+16" />
            <source>a, b, c   e.g. king, man, woman</source>
            <translation>a, b, c   por exemplo king, man, woman</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a word, a phrase or #id</source>
            <translation>uma palavra, uma expressão ou #id</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Three words a, b, c: the tokens nearest to a − b + c</source>
            <translation>Três palavras a, b, c: os tokens mais próximos de a − b + c</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A word, a phrase (the mean of its tokens' vectors) or #id for one token id</source>
            <translation>Uma palavra, uma expressão (a média dos vetores dos seus tokens) ou #id para o id de um token</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Embedding matrix from the cache in {seconds} s</source>
            <translation>Matriz de embeddings lida do cache em {seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Embedding matrix read from the model file in {seconds} s</source>
            <translation>Matriz de embeddings lida do arquivo do modelo em {seconds} s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — a − b + c tokens: {tokens}.</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — tokens de a − b + c: {tokens}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens} (the mean of their vectors).</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — tokens da consulta: {tokens} (a média dos seus vetores).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens}.</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — tokens da consulta: {tokens}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nearest of {vocab} tokens in {ms} ms, from {model}.</source>
            <translation>Os mais próximos entre {vocab} tokens em {ms} ms, de {model}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{token} (token #{id}): cosine {cosine}</source>
            <translation>{token} (token #{id}): cosseno {cosine}</translation>
        </message>
    </context>
    <context>
        <name>OverviewGrid</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="-127" />
            <source>head</source>
            <translation>cabeça</translation>
        </message>
        <message>
            <location line="+1" />
            <source>layer</source>
            <translation>camada</translation>
        </message>
    </context>
    <context>
        <name>PromptLabPanel</name>
        <message>
            <location filename="../../gui/promptlab/panel.py" line="+102" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confusion</source>
            <translation>Confusão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Examples</source>
            <translation>Exemplos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Runs</source>
            <translation>Execuções</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityDiagram</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="+111" />
            <source>Run a comparison to see how well confidence matches accuracy</source>
            <translation>Rode uma comparação para ver o quanto a confiança acompanha a acurácia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confidence (probability of the predicted label)</source>
            <translation>confiança (probabilidade do rótulo previsto)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>accuracy</source>
            <translation>acurácia</translation>
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
            <translation>O modelo, o conjunto de dados e a semente da execução exibida nas abas abaixo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No run shown yet: each result is marked with the model that made it.</source>
            <translation>Nenhuma execução exibida ainda: cada resultado é marcado com o modelo que o gerou.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an unknown model</source>
            <translation>um modelo desconhecido</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{dataset}, %n examples, seed {seed}</source>
            <translation>
                <numerusform>{dataset}, %n exemplo, semente {seed}</numerusform>
                <numerusform>{dataset}, %n exemplos, semente {seed}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run on {model}: {facts}.</source>
            <translation>Executado com {model}: {facts}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From {model} ({facts}); no model is loaded now.</source>
            <translation>De {model} ({facts}); nenhum modelo está carregado agora.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From {model} ({facts}), not the loaded model {loaded}: run again to score with it.</source>
            <translation>De {model} ({facts}), não do modelo carregado {loaded}: rode de novo para pontuar com ele.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not recorded</source>
            <translation>não registrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model file: {path}</source>
            <translation>Arquivo do modelo: {path}</translation>
        </message>
    </context>
    <context>
        <name>ResultViews</name>
        <message>
            <location filename="../../gui/promptlab/results.py" line="+33" />
            <source>Accuracy</source>
            <translation>Acurácia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of examples whose most probable label is the true one.</source>
            <translation>Fração dos exemplos cujo rótulo mais provável é o verdadeiro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Macro-F1</source>
            <translation>Macro-F1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean over labels of F1 = 2·TP / (2·TP + FP + FN): punishes ignoring a label.</source>
            <translation>Média do F1 sobre os rótulos, F1 = 2·VP / (2·VP + FP + FN): penaliza ignorar um rótulo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Log-loss</source>
            <translation>Log-loss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean −ln p(true label): lower is better; confident mistakes cost most.</source>
            <translation>Média de −ln p(rótulo verdadeiro): menor é melhor; erros confiantes custam mais.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected calibration error over 10 confidence bins: Σ (n_b/N)·|accuracy_b − confidence_b|.</source>
            <translation>Erro de calibração esperado em 10 faixas de confiança: Σ (n_b/N)·|acurácia_b − confiança_b|.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{name} predicts '{label}' for {count} of {total} examples: no better than always answering it (accuracy {always}).</source>
            <translation>{name} prevê '{label}' para {count} de {total} exemplos: nada melhor do que responder sempre esse rótulo (acurácia {always}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} predicts '{label}' for {count} of {total} examples: close to always answering it (accuracy {accuracy}, always '{label}' {always}).</source>
            <translation>{name} prevê '{label}' para {count} de {total} exemplos: quase o mesmo que responder sempre esse rótulo (acurácia {accuracy}; sempre '{label}': {always}).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{name} scores {accuracy}: no better than always answering '{label}' ({majority}).</source>
            <translation>{name} pontua {accuracy}: nada melhor do que responder sempre '{label}' ({majority}).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>; tied with {labels}</source>
            <translation>; empatado com {labels}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Always answering the most frequent true label of these {total} examples ('{label}', {count} of {total}{tied}). A prompt that does not beat this has learnt nothing about the task.</source>
            <translation>Responder sempre o rótulo verdadeiro mais frequente destes {total} exemplos ('{label}', {count} de {total}{tied}). Um prompt que não supera isso não aprendeu nada sobre a tarefa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A label picked at random: right once in {labels} on average.</source>
            <translation>Um rótulo escolhido ao acaso: acerta uma vez a cada {labels}, em média.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>baseline: always '{label}'</source>
            <translation>linha de base: sempre '{label}'</translation>
        </message>
        <message>
            <location line="+14" />
            <source>baseline: chance (1 of {labels})</source>
            <translation>linha de base: acaso (1 de {labels})</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Predicted: {counts}</source>
            <translation>Previstos: {counts}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Template</source>
            <translation>Template</translation>
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
            <translation>Leia as métricas em relação às linhas de base: um prompt que prevê o mesmo rótulo para quase todo
exemplo pontua a fração desse rótulo, diga o que disser</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Higher is better for accuracy and macro-F1; lower is better for ECE</source>
            <translation>Para acurácia e macro-F1, mais alto é melhor; para ECE, mais baixo é melhor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each point is a confidence bin (dot size = examples in it). On the dashed diagonal the model is right as often as it is confident; below it, over-confident.</source>
            <translation>Cada ponto é uma faixa de confiança (tamanho do ponto = exemplos nela). Na diagonal tracejada, o modelo acerta na mesma proporção em que está confiante; abaixo dela, está confiante demais.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Rows: true label; columns: predicted label; the diagonal is correct</source>
            <translation>Linhas: rótulo verdadeiro; colunas: rótulo previsto; a diagonal são os acertos</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>&lt;b&gt;{name}&lt;/b&gt;: shot order over %n seeds, accuracy {low}–{high} (std {std})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: ordem dos shots com %n semente, acurácia {low}–{high} (desvio padrão {std})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: ordem dos shots com %n sementes, acurácia {low}–{high} (desvio padrão {std})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{name}&lt;/b&gt; without shot {shot} ({label}): {accuracy} ({delta})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; sem o shot {shot} ({label}): {accuracy} ({delta})</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <location filename="../../gui/promptlab/run_controls.py" line="+33" />
            <source>Run</source>
            <translation>Execução</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Chooses and orders the shots: the same seed gives the same numbers</source>
            <translation>Escolhe e ordena os shots: a mesma semente dá os mesmos números</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Score only the first N examples (shots are then drawn from the others)</source>
            <translation>Pontua só os N primeiros exemplos (os shots são então sorteados entre os demais)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>off</source>
            <translation>desligado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot: also score with the same shots in N shuffled orders</source>
            <translation>Few-shot: pontua também com os mesmos shots em N ordens embaralhadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave one out</source>
            <translation>Deixar um de fora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot: also score with each shot removed in turn</source>
            <translation>Few-shot: pontua também removendo cada shot, um de cada vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed</source>
            <translation>Semente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders</source>
            <translation>Ordens</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Run comparison</source>
            <translation>Rodar comparação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load a model first: the comparison scores labels with the loaded model.</source>
            <translation>Carregue um modelo primeiro: a comparação pontua os rótulos com o modelo carregado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot run: {error}</source>
            <translation>Não foi possível rodar: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a template to compare.</source>
            <translation>Adicione um template para comparar.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Scoring…</source>
            <translation>Pontuando…</translation>
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
                <numerusform>Concluído: %n exemplo com {model}.</numerusform>
                <numerusform>Concluído: %n exemplos com {model}.</numerusform>
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
            <translation>A comparação falhou: {message}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No model loaded: load one in the model bar, then run the comparison.</source>
            <translation>Nenhum modelo carregado: carregue um na barra de modelo e rode a comparação.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ready: each label of each example is scored by the loaded model.</source>
            <translation>Pronto: cada rótulo de cada exemplo é pontuado pelo modelo carregado.</translation>
        </message>
    </context>
    <context>
        <name>SamplingForm</name>
        <message>
            <location filename="../../gui/chat/settings_form.py" line="+50" />
            <source>Optional: instructions the model sees before the chat</source>
            <translation>Opcional: instruções que o modelo vê antes do chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system message is placed first by the model's chat template. It steers tone and role.</source>
            <translation>O template de chat do modelo coloca a mensagem de sistema em primeiro lugar. Ela orienta o tom e o papel.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A chat template may write text the model reads but you did not type. This one writes a system prompt whenever the conversation has none.</source>
            <translation>Um template de chat pode escrever texto que o modelo lê, mas que você não digitou. Este escreve um prompt de sistema sempre que a conversa não tem um.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Temperature divides the logits: below 1 sharpens the distribution, above 1 flattens it; 0 always takes the top token.</source>
            <translation>A temperatura divide os logits: abaixo de 1 deixa a distribuição mais concentrada, acima de 1 a achata; 0 sempre escolhe o token mais provável.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>off</source>
            <translation>desligado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-k keeps only the k most probable tokens (0 = off).</source>
            <translation>Top-k mantém só os k tokens mais prováveis (0 = desligado).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Top-p (nucleus) keeps the most probable tokens until their cumulative probability reaches p (1 = off).</source>
            <translation>Top-p (núcleo) mantém os tokens mais prováveis até que a probabilidade acumulada chegue a p (1 = desligado).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Min-p drops tokens less probable than p × the top token's probability (0 = off).</source>
            <translation>Min-p descarta tokens menos prováveis que p × a probabilidade do token mais provável (0 = desligado).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The reply stops after this many tokens.</source>
            <translation>A resposta para depois de tantos tokens.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>random</source>
            <translation>aleatória</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same seed, prompt and settings give the same reply.</source>
            <translation>A mesma semente, o mesmo prompt e as mesmas configurações dão a mesma resposta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;System prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;Prompt de sistema&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Sampling&lt;/b&gt;</source>
            <translation>&lt;b&gt;Amostragem&lt;/b&gt;</translation>
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
            <translation>Semente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chain order: top-k → top-p → min-p → temperature (llama.cpp's default).</source>
            <translation>Ordem da cadeia: top-k → top-p → min-p → temperatura (o padrão do llama.cpp).</translation>
        </message>
    </context>
    <context>
        <name>SamplingPanel</name>
        <message>
            <location filename="../../gui/sampling/panel.py" line="+72" />
            <source>The chosen path: click a token to go back to that step</source>
            <translation>O caminho escolhido: clique num token para voltar àquele passo</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A prompt, e.g. “Recife é uma” — then Start</source>
            <translation>Um prompt, por exemplo “Recife é uma” — depois Iniciar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chat template</source>
            <translation>Template de chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrap the prompt as a user message in the model's chat template</source>
            <translation>Envolve o prompt como mensagem do usuário no template de chat do modelo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the model for the distribution after the prompt</source>
            <translation>Pede ao modelo a distribuição depois do prompt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step: sample</source>
            <translation>Passo: amostrar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>◂ Back</source>
            <translation>◂ Voltar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many tokens Run samples, one step at a time</source>
            <translation>Quantos tokens Executar amostra, um passo de cada vez</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Run</source>
            <translation>Executar</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Seed of the sampling: same seed, same draws</source>
            <translation>Semente da amostragem: mesma semente, mesmos sorteios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside ▸</source>
            <translation>Por dentro ▸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Look inside the model at this step: each layer's guess (logit lens) and which words pushed the chosen token, or the most probable one (attribution)</source>
            <translation>Olhe por dentro do modelo neste passo: o palpite de cada camada (lente de logits) e quais palavras empurraram o token escolhido, ou o mais provável (atribuição)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>seed</source>
            <translation>semente</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The chain behind every number marked “after the chain”, in its order</source>
            <translation>A cadeia por trás de cada número marcado “depois da cadeia”, na sua ordem</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cumulative (top-p)</source>
            <translation>Acumulada (top-p)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Linha do tempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temperature sweep</source>
            <translation>Varredura de temperatura</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Normalise</source>
            <translation>Normalizar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Divide every probability by their sum, so that they sum to 1</source>
            <translation>Divide cada probabilidade pela soma de todas, para que somem 1</translation>
        </message>
        <message>
            <location line="+56" />
            <source>View</source>
            <translation>Visualização</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Log scale</source>
            <translation>Escala logarítmica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a word, e.g. “ cidade”, then Enter</source>
            <translation>uma palavra, por exemplo “ cidade”, depois Enter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow any text at every step, in the last rows of the table; a word the model splits into pieces gets the probability of the whole word (the product along its pieces)</source>
            <translation>Acompanhe qualquer texto a cada passo, nas últimas linhas da tabela; uma palavra que o modelo divide em pedaços recebe a probabilidade da palavra inteira (o produto ao longo dos pedaços)</translation>
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
            <translation>Amostrar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw from the distribution after the chain (seeded); compare with the bars</source>
            <translation>Sorteia da distribuição depois da cadeia (com semente); compare com as barras</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Start a prompt on a model first: a made-up distribution has no layers to look into</source>
            <translation>Comece primeiro um prompt em um modelo: uma distribuição inventada não tem camadas para olhar</translation>
        </message>
    </context>
    <context>
        <name>SavedRuns</name>
        <message>
            <location filename="../../gui/promptlab/runs.py" line="+55" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dataset</source>
            <translation>Conjunto de dados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Accuracy per template</source>
            <translation>Acurácia por template</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Every finished comparison is saved here; double-click to reopen it</source>
            <translation>Cada comparação concluída fica salva aqui; clique duas vezes para reabri-la</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export {format}…</source>
            <translation>Exportar {format}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shown run: one row per example and template</source>
            <translation>A execução exibida: uma linha por exemplo e template</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shown run: everything</source>
            <translation>A execução exibida: tudo</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to export yet: run a comparison or open a saved run.</source>
            <translation>Nada para exportar ainda: rode uma comparação ou abra uma execução salva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export run</source>
            <translation>Exportar execução</translation>
        </message>
    </context>
    <context>
        <name>ScoreLayout</name>
        <message>
            <location filename="../../gui/scoring/layout.py" line="+30" />
            <source>Hover a token for its probability, rank and the alternatives the model expected</source>
            <translation>Passe o mouse sobre um token para ver a probabilidade, a posição e as alternativas que o modelo esperava</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teacher forcing: the model reads the text and, at every token, says how probable that token was given everything before it (Ctrl+Return)</source>
            <translation>Teacher forcing: o modelo lê o texto e, em cada token, diz quão provável era aquele token dado tudo o que veio antes (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Read the text A with the loaded model (A) and with model B. Same vocabulary: KL(P_A ‖ P_B) over the whole vocabulary at every token; different vocabularies: surprisal per word</source>
            <translation>Lê o texto A com o modelo carregado (A) e com o modelo B. Mesmo vocabulário: KL(P_A ‖ P_B) sobre todo o vocabulário em cada token; vocabulários diferentes: surpresa por palavra</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write a lower-precision copy of the loaded model with llama.cpp's own quantizer into Lanterna's cache folder, then compare the model with it (a few seconds for the packaged models)</source>
            <translation>Grava uma cópia de menor precisão do modelo carregado, com o próprio quantizador do llama.cpp, na pasta de cache do Lanterna; depois compare o modelo com ela (alguns segundos para os modelos incluídos)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Paste or type a text to score…</source>
            <translation>Cole ou digite um texto para pontuar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: a second text, scored side by side</source>
            <translation>Opcional: um segundo texto, pontuado lado a lado</translation>
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
            <translation>Quantos dos tokens mais prováveis do modelo listar em cada posição</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shade by surprisal</source>
            <translation>Colorir por surpresa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shade by rank (GLTR)</source>
            <translation>Colorir por posição (GLTR)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Surprisal −log₂ P on a viridis scale, or GLTR's rank buckets: top 10 / 100 / 1,000 / beyond</source>
            <translation>Surpresa −log₂ P numa escala viridis, ou as faixas de posição do GLTR: top 10 / 100 / 1.000 / além</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Score</source>
            <translation>Pontuar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open GGUF…</source>
            <translation>Abrir GGUF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model B, compared with the loaded model A</source>
            <translation>Modelo B, comparado com o modelo carregado A</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make a smaller copy</source>
            <translation>Fazer uma cópia menor</translation>
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
            <translation>Exporta os tokens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything shown</source>
            <translation>Exporta tudo o que está na tela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart</source>
            <translation>Exporta o gráfico</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Statistic</source>
            <translation>Estatística</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Score any text</source>
            <translation>Pontue qualquer texto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type or paste a text and press &lt;b&gt;Score&lt;/b&gt;: every token is shaded by how surprised the model was (surprisal = −log₂ P, in bits), with the text's log-likelihood, cross-entropy and perplexity. Add a second text to compare the two side by side, or &lt;b&gt;Compare models&lt;/b&gt; to read the text with two models (for example the loaded model and its own Q2_K copy).</source>
            <translation>Digite ou cole um texto e clique em &lt;b&gt;Pontuar&lt;/b&gt;: cada token é colorido conforme a surpresa do modelo (surpresa = −log₂ P, em bits), junto com a log-verossimilhança, a entropia cruzada e a perplexidade do texto. Adicione um segundo texto para comparar os dois lado a lado, ou use &lt;b&gt;Comparar modelos&lt;/b&gt; para ler o texto com dois modelos (por exemplo o modelo carregado e a própria cópia Q2_K dele).</translation>
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
            <translation>Digite um texto para pontuar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Load a model to score a text</source>
            <translation>Carregue um modelo para pontuar um texto</translation>
        </message>
        <message>
            <location line="+13" />
            <source>scoring text {side}…</source>
            <translation>pontuando o texto {side}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load a model to compare models</source>
            <translation>Carregue um modelo para comparar modelos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose model B first</source>
            <translation>Escolha o modelo B primeiro</translation>
        </message>
        <message>
            <location line="+9" />
            <source>comparing the two models…</source>
            <translation>comparando os dois modelos…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load a model to make a smaller copy of it</source>
            <translation>Carregue um modelo para fazer uma cópia menor dele</translation>
        </message>
        <message>
            <location line="+4" />
            <source>quantizing with llama.cpp…</source>
            <translation>quantizando com o llama.cpp…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open a text</source>
            <translation>Abrir um texto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text (*.txt *.md);;All files (*)</source>
            <translation>Texto (*.txt *.md);;Todos os arquivos (*)</translation>
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
            <translation>A pontuação parou: {message}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{model} {type} (copy)</source>
            <translation>{model} {type} (cópia)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Smaller copy ready: {type}, {size} MiB — {path}</source>
            <translation>Cópia menor pronta: {type}, {size} MiB — {path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That result came from a model that is no longer loaded; it is not shown</source>
            <translation>Esse resultado veio de um modelo que não está mais carregado; ele não é mostrado</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The model changed: score again to see this model's numbers.</source>
            <translation>O modelo mudou: pontue de novo para ver os números deste modelo.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Scored by {model} (teacher forcing: the text is given, not generated)</source>
            <translation>Pontuado por {model} (teacher forcing: o texto é dado, não gerado)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Text {side}&lt;/b&gt;: {totals}</source>
            <translation>&lt;b&gt;Texto {side}&lt;/b&gt;: {totals}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A = {model_a} (loaded), B = {model_b}: {reason}</source>
            <translation>A = {model_a} (carregado), B = {model_b}: {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> — compared word by word (surprisal summed over each word's tokens)</source>
            <translation> — comparado palavra por palavra (surpresa somada sobre os tokens de cada palavra)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Shade: |surprisal B − surprisal A| per word, 0 bits (bright) to 8+ bits (dark)</source>
            <translation>Cor: |surpresa B − surpresa A| por palavra, de 0 bits (claro) a 8+ bits (escuro)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shade: KL(P_A ‖ P_B) per token, 0 (bright) to {top} nats (dark); &lt;u&gt;&lt;b&gt;underlined&lt;/b&gt;&lt;/u&gt;: the two models' top token differs there</source>
            <translation>Cor: KL(P_A ‖ P_B) por token, de 0 (claro) a {top} nats (escuro); &lt;u&gt;&lt;b&gt;sublinhado&lt;/b&gt;&lt;/u&gt;: ali o token mais provável difere entre os dois modelos</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>&lt;b&gt;%n&lt;/b&gt; word(s) on text A</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; palavra no texto A</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; palavras no texto A</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%n&lt;/b&gt; token(s) on text A</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; token no texto A</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; tokens no texto A</numerusform>
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
            <translation>além de 1.000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the first token: nothing comes before it, so the model gives it no probability</source>
            <translation>o primeiro token: nada vem antes dele, então o modelo não lhe dá probabilidade</translation>
        </message>
        <message>
            <location line="+5" />
            <source>likelihood L = Π P(tᵢ | t₍&amp;lt;i₎) · log-likelihood ln L = Σ ln P(tᵢ | t₍&amp;lt;i₎) · cross-entropy H = −(1/N) Σ log₂ P(tᵢ | t₍&amp;lt;i₎) bits/token · perplexity PPL = 2&lt;sup&gt;H&lt;/sup&gt;</source>
            <translation>verossimilhança L = Π P(tᵢ | t₍&amp;lt;i₎) · log-verossimilhança ln L = Σ ln P(tᵢ | t₍&amp;lt;i₎) · entropia cruzada H = −(1/N) Σ log₂ P(tᵢ | t₍&amp;lt;i₎) bits/token · perplexidade PPL = 2&lt;sup&gt;H&lt;/sup&gt;</translation>
        </message>
        <message>
            <location line="+89" />
            <source>P = {p} · ln P = {logprob} · surprisal −log₂ P = {bits} bits</source>
            <translation>P = {p} · ln P = {logprob} · surpresa −log₂ P = {bits} bits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rank {rank} of the whole vocabulary ({bucket}) · entropy of this step {entropy} bits</source>
            <translation>posição {rank} em todo o vocabulário ({bucket}) · entropia deste passo {entropy} bits</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the model expected: {others}</source>
            <translation>o modelo esperava: {others}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing to score: a text needs at least two tokens.</source>
            <translation>Nada para pontuar: um texto precisa de pelo menos dois tokens.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{count}&lt;/b&gt; tokens scored (of {total}; the first is context only)</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; tokens pontuados (de {total}; o primeiro é só contexto)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>L = Π P = &lt;b&gt;{likelihood}&lt;/b&gt; · ln L = Σ ln P = &lt;b&gt;{ll}&lt;/b&gt; · H = −ln L / (N ln 2) = &lt;b&gt;{h}&lt;/b&gt; bits/token · PPL = 2&lt;sup&gt;H&lt;/sup&gt; = &lt;b&gt;{ppl}&lt;/b&gt;</source>
            <translation>L = Π P = &lt;b&gt;{likelihood}&lt;/b&gt; · ln L = Σ ln P = &lt;b&gt;{ll}&lt;/b&gt; · H = −ln L / (N ln 2) = &lt;b&gt;{h}&lt;/b&gt; bits/token · PPL = 2&lt;sup&gt;H&lt;/sup&gt; = &lt;b&gt;{ppl}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>window {window} tokens, stride {stride} ({count} window(s))</source>
            <translation>janela de {window} tokens, passo {stride} ({count} janela(s))</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rank of the token in the model's distribution: {buckets}</source>
            <translation>Posição do token na distribuição do modelo: {buckets}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Surprisal in bits (−log₂ P; 16+ darkest): {scale}</source>
            <translation>Surpresa em bits (−log₂ P; 16+ é o mais escuro): {scale}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not scored by both models</source>
            <translation>não foi pontuado pelos dois modelos</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the word's probability: the product over its tokens)</source>
            <translation> (a probabilidade da palavra: o produto sobre os seus tokens)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>same top token</source>
            <translation>mesmo token mais provável</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top token flips: A {a} → B {b}</source>
            <translation>o token mais provável muda: A {a} → B {b}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>KL(P_A ‖ P_B) = {kl} nats over the whole vocabulary</source>
            <translation>KL(P_A ‖ P_B) = {kl} nats sobre todo o vocabulário</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mean KL(A ‖ B), nats</source>
            <translation>KL(A ‖ B) médio, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median KL, nats</source>
            <translation>KL mediano, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>99 % KL, nats</source>
            <translation>KL no percentil 99, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same top token</source>
            <translation>Mesmo token mais provável</translation>
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
            <translation>Δp médio = p_B − p_A</translation>
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
            <translation>palavra</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Perplexity per</source>
            <translation>Perplexidade por</translation>
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
            <translation>da seção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to section</source>
            <translation>para a seção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>share of weight</source>
            <translation>fração do peso</translation>
        </message>
    </context>
    <context>
        <name>SetupColumn</name>
        <message>
            <location filename="../../gui/promptlab/setup_column.py" line="+48" />
            <source>Dataset</source>
            <translation>Conjunto de dados</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Labelled examples: built-in sets, or a CSV / JSONL file with text,label</source>
            <translation>Exemplos rotulados: conjuntos embutidos ou um arquivo CSV / JSONL com text,label</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open file…</source>
            <translation>Abrir arquivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A .csv or .jsonl file with 'text' and 'label' columns</source>
            <translation>Um arquivo .csv ou .jsonl com as colunas 'text' e 'label'</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The examples; the row number is the example's index (0-based in the CLI)</source>
            <translation>Os exemplos; o número da linha é o índice do exemplo (a partir de 0 na CLI)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stored label</source>
            <translation>Rótulo armazenado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Label word scored</source>
            <translation>Palavra pontuada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The text the model is asked to continue with for each label. Mind the leading space:
after 'Sentiment:' the model writes ' Positive', one token, not 'Positive'.</source>
            <translation>O texto com que o modelo deve continuar para cada rótulo. Atenção ao espaço inicial:
depois de 'Sentiment:' o modelo escreve ' Positive', um token, e não 'Positive'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add</source>
            <translation>Adicionar</translation>
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
            <translation>Cadeia de pensamento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{kind}, chat template</source>
            <translation>{kind}, template de chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add another prompt to compare (the × on a tab removes it)</source>
            <translation>Adicione outro prompt para comparar (o × de uma aba o remove)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Defaults</source>
            <translation>Padrões</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to the zero-shot and 4-shot templates for this dataset</source>
            <translation>Volta aos templates zero-shot e 4-shot deste conjunto de dados</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Open dataset</source>
            <translation>Abrir conjunto de dados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Datasets (*.csv *.jsonl *.tsv)</source>
            <translation>Conjuntos de dados (*.csv *.jsonl *.tsv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot use this file: {error}</source>
            <translation>Não é possível usar este arquivo: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Dataset: %n examples · {counts}</source>
            <translation>
                <numerusform>Conjunto de dados: %n exemplo · {counts}</numerusform>
                <numerusform>Conjunto de dados: %n exemplos · {counts}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>choose a dataset first</source>
            <translation>escolha um conjunto de dados primeiro</translation>
        </message>
        <message>
            <location line="+39" />
            <source>template</source>
            <translation>template</translation>
        </message>
    </context>
    <context>
        <name>SimilarityHeatmap</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="-143" />
            <source>cosine</source>
            <translation>cosseno</translation>
        </message>
        <message>
            <location line="+35" />
            <source>T{row} vs T{column}: cosine {value}</source>
            <translation>T{row} vs. T{column}: cosseno {value}</translation>
        </message>
    </context>
    <context>
        <name>SimilarityView</name>
        <message>
            <location filename="../../gui/embeddings/similarity_view.py" line="+23" />
            <source>Each text becomes one vector: the mean of its tokens' hidden states at the chosen layer (BOS left out). The hidden states of a model share a common direction, so every value is high: compare the cells with each other, not with 0.</source>
            <translation>Cada texto vira um vetor: a média dos estados ocultos dos seus tokens na camada escolhida (sem o BOS). Os estados ocultos de um modelo compartilham uma direção comum, então todos os valores são altos: compare as células entre si, não com 0.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&lt;b&gt;Texts&lt;/b&gt; (one per line)</source>
            <translation>&lt;b&gt;Textos&lt;/b&gt; (um por linha)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two to twelve texts, one per line</source>
            <translation>De dois a doze textos, um por linha</translation>
        </message>
        <message>
            <location line="+6" />
            <source>last layer</source>
            <translation>última camada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>layer </source>
            <translation>camada </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose hidden states to average: 0 = after the first block, 'last layer' = the top</source>
            <translation>De qual camada tirar a média dos estados ocultos: 0 = depois do primeiro bloco, 'última camada' = a do topo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute every pair's cosine similarity</source>
            <translation>Calcula a similaridade do cosseno de cada par</translation>
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
            <translation>Passe o mouse sobre uma célula para ver os dois textos e o cosseno entre eles</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give at least two texts, one per line</source>
            <translation>Informe pelo menos dois textos, um por linha</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{model}, layer {layer} of 0–{last}:</source>
            <translation>{model}, camada {layer} de 0–{last}:</translation>
        </message>
    </context>
    <context>
        <name>SweepChart</name>
        <message>
            <location filename="../../gui/sampling/sweep.py" line="+13" />
            <source>Start a prompt or pick a lesson to see how temperature reshapes the distribution</source>
            <translation>Inicie um prompt ou escolha uma lição para ver como a temperatura remodela a distribuição</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entropy after the chain</source>
            <translation>entropia depois da cadeia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-1 probability after the chain</source>
            <translation>probabilidade do top-1 depois da cadeia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>temperature</source>
            <translation>temperatura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entropy after the chain (bits)</source>
            <translation>entropia depois da cadeia (bits)</translation>
        </message>
    </context>
    <context>
        <name>TargetChart</name>
        <message>
            <location filename="../../gui/inside/grid.py" line="+40" />
            <source>The target's probability across layers appears here</source>
            <translation>A probabilidade do alvo ao longo das camadas aparece aqui</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer</source>
            <translation>camada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>probability</source>
            <translation>probabilidade</translation>
        </message>
        <message>
            <location line="+22" />
            <source>top token's p</source>
            <translation>p do token mais provável</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after {token} (position {position})</source>
            <translation>depois de {token} (posição {position})</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../gui/promptlab/template_editor.py" line="+62" />
            <source>Shown in the tables and charts</source>
            <translation>Exibido nas tabelas e gráficos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat template</source>
            <translation>Template de chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wrap the text in the model's chat template, as a user message; the answer prefix then
opens the assistant's reply</source>
            <translation>Envolve o texto no template de chat do modelo, como mensagem do usuário; o prefixo da resposta
então abre a resposta do assistente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The prompt. {input} is the example, {examples} the shots, {labels} the label words.
Everything before the line holding {input} is shared by all examples, so it is evaluated once.</source>
            <translation>O prompt. {input} é o exemplo, {examples} os shots, {labels} as palavras dos rótulos.
Tudo antes da linha com {input} é comum a todos os exemplos, então é avaliado uma só vez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many labelled examples to show, balanced over labels and drawn with the seed</source>
            <translation>Quantos exemplos rotulados mostrar, equilibrados entre os rótulos e sorteados com a semente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>drawn with the seed</source>
            <translation>sorteados com a semente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Example numbers (0-based, comma-separated) to use as shots, in this order</source>
            <translation>Números dos exemplos (a partir de 0, separados por vírgula) a usar como shots, nesta ordem</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How one shot reads: {input} and {label} (the label word); \n = new line</source>
            <translation>Como um shot é escrito: {input} e {label} (a palavra do rótulo); \n = nova linha</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Between shots; \n = new line</source>
            <translation>Entre os shots; \n = nova linha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Picked</source>
            <translation>Escolhidos</translation>
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
            <translation>Máximo de tokens de raciocínio (decodificação gulosa) antes de acrescentar a deixa da resposta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reasoning</source>
            <translation>Raciocínio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model</source>
            <translation>Acrescentado depois do texto (envolvido), p. ex. 'Sentiment:' para um modelo de chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer prefix</source>
            <translation>Prefixo da resposta</translation>
        </message>
    </context>
    <context>
        <name>TemplateWatcher</name>
        <message>
            <location filename="../../gui/chat/model_notes.py" line="+72" />
            <source>&lt;b&gt;{model} is a base model&lt;/b&gt;: it has no chat template, so it continues a transcript (“User: … Assistant: …”) rather than chatting. Its reply ends where it starts to write the next “User:” line.</source>
            <translation>&lt;b&gt;{model} é um modelo base&lt;/b&gt;: ele não tem template de chat, então continua uma transcrição (“User: … Assistant: …”) em vez de conversar. A resposta termina onde ele começa a escrever a próxima linha “User:”.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chat template of {model} adds a system prompt while this box is empty: “{system}”. The model reads it before your messages; write your own to replace it.</source>
            <translation>O template de chat de {model} adiciona um prompt de sistema enquanto esta caixa estiver vazia: “{system}”. O modelo o lê antes das suas mensagens; escreva o seu para substituí-lo.</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <location filename="../../gui/sampling/timeline.py" line="+14" />
            <source>Generate a reply to follow entropy and confidence step by step</source>
            <translation>Gere uma resposta para acompanhar a entropia e a confiança passo a passo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entropy before the chain</source>
            <translation>entropia antes da cadeia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen token's probability before the chain</source>
            <translation>probabilidade do token escolhido antes da cadeia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generation step</source>
            <translation>passo de geração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entropy before the chain (bits)</source>
            <translation>entropia antes da cadeia (bits)</translation>
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
            <translation>O peso que o token selecionado (em negrito) dá a este; vazio para os tokens depois dele, que ele não enxerga</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Find a token…</source>
            <translation>Encontrar um token…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only the tokens whose text contains this (· stands for a space)</source>
            <translation>Mostrar só os tokens cujo texto contém isto (· representa um espaço)</translation>
        </message>
    </context>
    <context>
        <name>TokenTrack</name>
        <message>
            <location filename="../../gui/scoring/charts.py" line="+12" />
            <source>Score a text to see each token's surprisal here</source>
            <translation>Pontue um texto para ver aqui a surpresa de cada token</translation>
        </message>
        <message>
            <location line="+26" />
            <source>surprisal (bits)</source>
            <translation>surpresa (bits)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>surprisal −log₂ P, bits</source>
            <translation>surpresa −log₂ P, bits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>text B, same position</source>
            <translation>texto B, mesma posição</translation>
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
            <translation>troca do token mais provável</translation>
        </message>
        <message>
            <location line="+6" />
            <source>surprisal per word (bits)</source>
            <translation>surpresa por palavra (bits)</translation>
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
            <translation>parada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>interrupted: the engine stopped during this reply</source>
            <translation>interrompida: o motor parou durante esta resposta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <translation>falhou</translation>
        </message>
        <message>
            <location line="+51" />
            <source>&lt;i&gt;removed by {stage}&lt;/i&gt;</source>
            <translation>&lt;i&gt;removido pelo {stage}&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;p&gt;&lt;b&gt;Step {step}&lt;/b&gt;: chose &lt;code&gt;{token}&lt;/code&gt; with p = {prob} (rank {rank})&lt;br&gt;after the sampling chain: {prob_after} · entropy {entropy} bits&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Passo {step}&lt;/b&gt;: escolheu &lt;code&gt;{token}&lt;/code&gt; com p = {prob} (posição {rank})&lt;br&gt;depois da cadeia de amostragem: {prob_after} · entropia {entropy} bits&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;p&gt;&lt;i&gt;Click the token to continue the reply from another choice.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Clique no token para continuar a resposta a partir de outra escolha.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+90" />
            <source>You</source>
            <translation>Você</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Assistant</source>
            <translation>Assistente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <location line="+10" />
            <source>branched at token {step}</source>
            <translation>ramificado no token {step}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>generating…</source>
            <translation>gerando…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regenerate</source>
            <translation>Gerar de novo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Pontuar</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../gui/shell/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy this view as an image</source>
            <translation>Copiar esta visão como imagem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Puts a picture of the shown tab on the clipboard, for slides</source>
            <translation>Coloca uma imagem da aba visível na área de transferência, para slides</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Zoom in</source>
            <translation>Aumentar zoom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom out</source>
            <translation>Diminuir zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size</source>
            <translation>Tamanho normal</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Zoom {percent} %</source>
            <translation>Zoom {percent} %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{view} copied to the clipboard as an image</source>
            <translation>Imagem de {view} copiada para a área de transferência</translation>
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
            <translation>O Lanterna falará {language} a partir da próxima vez que for aberto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restart now? Your chats are saved; the other views keep their inputs.</source>
            <translation>Reiniciar agora? Seus chats estão salvos; as outras visões mantêm o que foi digitado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart now</source>
            <translation>Reiniciar agora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>Depois</translation>
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
