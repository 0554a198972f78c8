<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../views/countries.py" line="85"/>
        <location filename="../views/countries.py" line="109"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>No countries added</source>
        <translation>Nenhum país adicionado</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="91"/>
        <location filename="../views/countries.py" line="110"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>Day the traveller left</source>
        <translation>Dia em que o viajante saiu</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="95"/>
        <location filename="../views/countries.py" line="111"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>Add country</source>
        <translation>Adicionar país</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="112"/>
        <location filename="../views/countries.py" line="120"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Search country</source>
        <translation>Procurar país</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="113"/>
        <location filename="../views/countries.py" line="140"/>
        <location filename="../views/countries.py" line="161"/>
        <source>Type the first letters of the country</source>
        <translation>Escreva as primeiras letras do país</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="160"/>
        <source>No country matches</source>
        <translation>Nenhum país corresponde</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="211"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="75"/>
        <source>%1 is not a date</source>
        <translation>%1 não é uma data</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="184"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Clear date</source>
        <translation>Apagar a data</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="185"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="186"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="188"/>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="190"/>
        <source>… days ago</source>
        <translation>há … dias</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="256"/>
        <source>day / month / year</source>
        <translation>dia / mês / ano</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="33"/>
        <location filename="../views/follow_up_contact.py" line="40"/>
        <location filename="../views/follow_up_contact.py" line="47"/>
        <source>Follow-up contact (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="34"/>
        <source>Only if the traveller agrees: used by the health authority to follow up until the end date, for nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="39"/>
        <location filename="../views/follow_up_contact.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="46"/>
        <location filename="../views/follow_up_contact.py" line="47"/>
        <source>Address during the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="52"/>
        <source>The traveller agrees to be contacted for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="42"/>
        <source>Delete the last digit</source>
        <translation>Apagar o último algarismo</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="44"/>
        <source>Decimal point</source>
        <translation>Vírgula decimal</translation>
    </message>
    <message>
        <location filename="../window.py" line="51"/>
        <source>Something went wrong</source>
        <translation>Ocorreu um problema</translation>
    </message>
    <message>
        <location filename="../window.py" line="52"/>
        <source>The answers given so far are saved. Go back to the home screen and resume the screening; if this happens again, tell the supervisor.</source>
        <translation>As respostas dadas até agora estão guardadas. Volte ao ecrã inicial e retome o rastreio; se voltar a acontecer, avise o supervisor.</translation>
    </message>
    <message>
        <location filename="../window.py" line="56"/>
        <source>Back to the home screen</source>
        <translation>Voltar ao ecrã inicial</translation>
    </message>
    <message>
        <location filename="../window.py" line="70"/>
        <source>This kiosk cannot start</source>
        <translation>Este posto não consegue arrancar</translation>
    </message>
    <message>
        <location filename="../window.py" line="71"/>
        <source>Nothing has been changed. Tell the supervisor or the technician; they can restore the latest backup.</source>
        <translation>Nada foi alterado. Avise o supervisor ou o técnico; podem restaurar a última cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../window.py" line="93"/>
        <source>Health screening</source>
        <translation>Rastreio sanitário</translation>
    </message>
    <message>
        <location filename="../window.py" line="143"/>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <location filename="../window.py" line="154"/>
        <source>Health screening — %1</source>
        <translation>Rastreio sanitário — %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="290"/>
        <source>Enter your officer id and PIN.</source>
        <translation>Introduza o seu identificador e o PIN.</translation>
    </message>
    <message>
        <location filename="../window.py" line="312"/>
        <source>Officer id or PIN is wrong, or this officer is locked after too many wrong PINs. Try again later, or ask a supervisor to lift the lock.</source>
        <translation>Identificador ou PIN incorretos, ou agente bloqueado após demasiados PIN errados. Tente mais tarde, ou peça a um supervisor para levantar o bloqueio.</translation>
    </message>
    <message>
        <location filename="../window.py" line="315"/>
        <source>Sign-in failed; try again.</source>
        <translation>A entrada falhou; tente de novo.</translation>
    </message>
    <message>
        <location filename="../window.py" line="322"/>
        <location filename="../controllers/officers.py" line="85"/>
        <location filename="../controllers/officers.py" line="102"/>
        <source>The two PINs differ.</source>
        <translation>Os dois PIN são diferentes.</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>Signed out after a period without activity.</source>
        <translation>Sessão terminada após um período sem atividade.</translation>
    </message>
    <message>
        <location filename="../window.py" line="368"/>
        <location filename="../window.py" line="534"/>
        <source>End the exercise</source>
        <translation>Terminar o exercício</translation>
    </message>
    <message>
        <location filename="../window.py" line="368"/>
        <location filename="../window.py" line="528"/>
        <source>Start an exercise</source>
        <translation>Iniciar um exercício</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="396"/>
        <source>Waiting for secondary screening: %n</source>
        <translation><numerusform>À espera do rastreio secundário: %n</numerusform><numerusform>À espera do rastreio secundário: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="402"/>
        <source>An unfinished screening from %1 (%n answer(s)) can be resumed.</source>
        <translation><numerusform>Um rastreio inacabado de %1 (%n resposta) pode ser retomado.</numerusform><numerusform>Um rastreio inacabado de %1 (%n respostas) pode ser retomado.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="442"/>
        <source>Send the refused alerts again?</source>
        <translation>Reenviar os alertas recusados?</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="443"/>
        <source>%n alert(s) refused by the broker will be queued again. Do this only once the cause is fixed (for example the site broker&apos;s access list): otherwise the broker refuses them again.</source>
        <translation><numerusform>%n alerta recusado pelo broker voltará à fila. Faça-o só depois de corrigida a causa (por exemplo a lista de acesso do broker do local): caso contrário o broker volta a recusá-lo.</numerusform><numerusform>%n alertas recusados pelo broker voltarão à fila. Faça-o só depois de corrigida a causa (por exemplo a lista de acesso do broker do local): caso contrário o broker volta a recusá-los.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <location filename="../window.py" line="534"/>
        <location filename="../window.py" line="571"/>
        <location filename="../controllers/officers.py" line="133"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="456"/>
        <source>%n refused alert(s) queued again.</source>
        <translation><numerusform>%n alerta recusado voltou à fila.</numerusform><numerusform>%n alertas recusados voltaram à fila.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="457"/>
        <source>No refused alert to send again.</source>
        <translation>Nenhum alerta recusado para reenviar.</translation>
    </message>
    <message>
        <location filename="../window.py" line="479"/>
        <source>Referral slip %1 not printed: it is shown on screen. Print it later from Today&apos;s screenings.</source>
        <translation>Guia de encaminhamento %1 não impressa: é mostrada no ecrã. Imprima-a mais tarde em Rastreios de hoje.</translation>
    </message>
    <message>
        <location filename="../window.py" line="483"/>
        <source>Referral slip %1: %2</source>
        <translation>Guia de encaminhamento %1: %2</translation>
    </message>
    <message>
        <location filename="../window.py" line="512"/>
        <source>EXERCISE “%1” (%2) — training only: alerts go to the exercise channel and slips say they are not real</source>
        <translation>EXERCÍCIO “%1” (%2) — só formação: os alertas vão para o canal de exercício e as guias dizem que não são reais</translation>
    </message>
    <message>
        <location filename="../window.py" line="515"/>
        <source>TRAINING KIOSK — exercise mode: nothing screened here is real</source>
        <translation>POSTO DE FORMAÇÃO — modo de exercício: nada do que aqui é rastreado é real</translation>
    </message>
    <message>
        <location filename="../window.py" line="517"/>
        <source>TEST MODE — nothing screened here is real</source>
        <translation>MODO DE TESTE — nada do que aqui é rastreado é real</translation>
    </message>
    <message>
        <location filename="../window.py" line="529"/>
        <source>Name of the exercise (what the trainees will see):</source>
        <translation>Nome do exercício (o que os formandos vão ver):</translation>
    </message>
    <message>
        <location filename="../window.py" line="533"/>
        <source>End the exercise?</source>
        <translation>Terminar o exercício?</translation>
    </message>
    <message>
        <location filename="../window.py" line="534"/>
        <source>Screenings on this kiosk will be real again.</source>
        <translation>Os rastreios neste posto voltarão a ser reais.</translation>
    </message>
    <message>
        <location filename="../window.py" line="540"/>
        <location filename="../controllers/exercise.py" line="94"/>
        <source>Exercise “%1” started.</source>
        <translation>Exercício “%1” iniciado.</translation>
    </message>
    <message>
        <location filename="../window.py" line="541"/>
        <location filename="../controllers/exercise.py" line="93"/>
        <source>The exercise has ended: screenings are real again.</source>
        <translation>O exercício terminou: os rastreios voltam a ser reais.</translation>
    </message>
    <message>
        <location filename="../window.py" line="546"/>
        <location filename="../window.py" line="593"/>
        <location filename="../window.py" line="607"/>
        <location filename="../controllers/officers.py" line="167"/>
        <source>Internal error: %1</source>
        <translation>Erro interno: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="570"/>
        <source>Discard this screening?</source>
        <translation>Descartar este rastreio?</translation>
    </message>
    <message>
        <location filename="../window.py" line="571"/>
        <source>The unfinished answers will be marked abandoned.</source>
        <translation>As respostas inacabadas serão marcadas como abandonadas.</translation>
    </message>
    <message>
        <location filename="../window.py" line="571"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../answers.py" line="37"/>
        <source>Please answer this question.</source>
        <translation>Responda a esta pergunta.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="41"/>
        <source>%1 is in the future.</source>
        <translation>%1 está no futuro.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="43"/>
        <source>%1 is too long ago.</source>
        <translation>%1 é demasiado antigo.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="51"/>
        <source>%1 is not a body temperature (%2 to %3 °C).</source>
        <translation>%1 não é uma temperatura corporal (%2 a %3 °C).</translation>
    </message>
    <message>
        <location filename="../answers.py" line="54"/>
        <source>%1 is not an age (0 to %2 years).</source>
        <translation>%1 não é uma idade (0 a %2 anos).</translation>
    </message>
    <message>
        <location filename="../answers.py" line="55"/>
        <source>%1 is outside %2 to %3 %4.</source>
        <translation>%1 está fora de %2 a %3 %4.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="46"/>
        <source>Looking for a speech engine…</source>
        <translation>À procura de um motor de voz…</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="126"/>
        <source>No speech engine on this kiosk: questions cannot be read aloud.</source>
        <translation>Nenhum motor de voz neste posto: as perguntas não podem ser lidas em voz alta.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="143"/>
        <source>No voice for %1 on this kiosk: questions cannot be read aloud in it.</source>
        <translation>Nenhuma voz em %1 neste posto: as perguntas não podem ser lidas em voz alta nesta língua.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="154"/>
        <source>Read the traveller&apos;s questions aloud in their language</source>
        <translation>Ler as perguntas do viajante em voz alta na sua língua</translation>
    </message>
    <message>
        <location filename="../controllers/exercise.py" line="81"/>
        <source>Exercise “%1” started by the trainer: it begins with the next traveller. This traveller is screened as before.</source>
        <translation>Exercício «%1» iniciado pelo formador: começa com o próximo viajante. Este viajante é rastreado como antes.</translation>
    </message>
    <message>
        <location filename="../controllers/exercise.py" line="84"/>
        <source>The trainer ended the exercise: screening is real again from the next traveller. This traveller stays an exercise traveller.</source>
        <translation>O formador terminou o exercício: o rastreio volta a ser real a partir do próximo viajante. Este viajante continua a ser um viajante de exercício.</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="24"/>
        <source>no alert</source>
        <translation>sem alerta</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="25"/>
        <source>queued on this kiosk</source>
        <translation>em fila neste posto</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="26"/>
        <source>at the broker</source>
        <translation>no broker</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="27"/>
        <source>acknowledged by the hub</source>
        <translation>confirmado pelo centro</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="28"/>
        <source>refused (see home)</source>
        <translation>recusado (ver início)</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="35"/>
        <source>not printed</source>
        <translation>não impressa</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="36"/>
        <source>printing…</source>
        <translation>a imprimir…</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="37"/>
        <source>printed</source>
        <translation>impressa</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="38"/>
        <source>saved as PDF</source>
        <translation>guardada em PDF</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="39"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="91"/>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="109"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="109"/>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="67"/>
        <source>Select an officer in the list</source>
        <translation>Selecione um agente na lista</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="72"/>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="72"/>
        <location filename="../controllers/officers.py" line="133"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="82"/>
        <source>Choose the officer&apos;s role.</source>
        <translation>Escolha a função do agente.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="91"/>
        <source>%1 (%2) added: they can sign in now.</source>
        <translation>%1 (%2) adicionado: já pode entrar.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="108"/>
        <source>New PIN set for %1; any lock is lifted.</source>
        <translation>Novo PIN definido para %1; qualquer bloqueio foi levantado.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="120"/>
        <source>%1 can sign in again: the lock is lifted.</source>
        <translation>%1 pode voltar a entrar: o bloqueio foi levantado.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="131"/>
        <source>Deactivate this officer?</source>
        <translation>Desativar este agente?</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="132"/>
        <source>%1 will no longer be able to sign in. Their screenings stay in the records.</source>
        <translation>%1 deixará de poder entrar. Os seus rastreios ficam nos registos.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="135"/>
        <source>%1 can sign in again.</source>
        <translation>%1 pode voltar a entrar.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="135"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 já não pode entrar.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Screener</source>
        <translation>Agente de rastreio</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Health officer</source>
        <translation>Agente de saúde</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="182"/>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="182"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="190"/>
        <source>deactivated</source>
        <translation>desativado</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="192"/>
        <source>locked until %1</source>
        <translation>bloqueado até %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="102"/>
        <source>Scan an image file…</source>
        <translation>Ler um ficheiro de imagem…</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="102"/>
        <source>Remove scan</source>
        <translation>Remover leitura</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="103"/>
        <location filename="../controllers/scanning.py" line="346"/>
        <source>Nothing scanned yet.</source>
        <translation>Ainda nada foi lido.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="169"/>
        <source>Hold the document to the camera or the desk scanner.</source>
        <translation>Aproxime o documento da câmara ou do leitor de balcão.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="171"/>
        <source>No camera attached: use the desk scanner or scan an image file.</source>
        <translation>Sem câmara ligada: use o leitor de balcão ou leia um ficheiro de imagem.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="173"/>
        <source>Camera on: hold the document up to it, or use the desk scanner.</source>
        <translation>Câmara ligada: aproxime o documento, ou use o leitor de balcão.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="174"/>
        <source>Camera problem (%1): use the desk scanner or an image file.</source>
        <translation>Problema na câmara (%1): use o leitor de balcão ou um ficheiro de imagem.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="228"/>
        <source>Image of a document</source>
        <translation>Imagem de um documento</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="233"/>
        <source>Reading the image…</source>
        <translation>A ler a imagem…</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="241"/>
        <source>No barcode or QR code was found in this image (read an MRZ with the desk scanner).</source>
        <translation>Não foi encontrado código de barras nem código QR nesta imagem (leia uma MRZ com o leitor de balcão).</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="251"/>
        <source>The scan could not be read.</source>
        <translation>Não foi possível ler a leitura.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="256"/>
        <source>Nothing read</source>
        <translation>Nada lido</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="275"/>
        <source>This page does not take this document: scan it where it is asked for.</source>
        <translation>Esta página não aceita este documento: leia-o onde for pedido.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="289"/>
        <source>Not a recognised document</source>
        <translation>Documento não reconhecido</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="292"/>
        <source>all check digits valid</source>
        <translation>todos os dígitos de controlo válidos</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="293"/>
        <source>signature verified, all checks passed</source>
        <translation>assinatura verificada, todas as verificações passaram</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="293"/>
        <source>all checks passed</source>
        <translation>todas as verificações passaram</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="296"/>
        <source>Treated as not shown: nothing was filled from this document.</source>
        <translation>Tratado como não apresentado: nada foi preenchido a partir deste documento.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="297"/>
        <source>A paper certificate can be recorded in secondary screening.</source>
        <translation>Um certificado em papel pode ser registado no rastreio secundário.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="298"/>
        <source>not verified: %1</source>
        <translation>não verificado: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="300"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="301"/>
        <location filename="../controllers/scanning.py" line="333"/>
        <source>Nothing was filled from this document.</source>
        <translation>Nada foi preenchido a partir deste documento.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="302"/>
        <source>check failed: %1</source>
        <translation>verificação falhou: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="307"/>
        <source>The document expired on %1.</source>
        <translation>O documento expirou em %1.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="311"/>
        <source>leg %1 date inferred: %2 (day %3 of the year)</source>
        <translation>data do troço %1 deduzida: %2 (dia %3 do ano)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="326"/>
        <source>The document holds nothing this screening records.</source>
        <translation>O documento não contém nada que este rastreio registe.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="328"/>
        <source>The earlier scan is kept.</source>
        <translation>A leitura anterior é mantida.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="353"/>
        <source>Filled: %1</source>
        <translation>Preenchido: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="356"/>
        <source>Kept what was typed: %1</source>
        <translation>Mantido o que foi escrito: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="370"/>
        <source>itinerary: %1</source>
        <translation>itinerário: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="371"/>
        <source>%1 (left %2)</source>
        <translation>%1 (saída %2)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="398"/>
        <source>no trust list on this kiosk</source>
        <translation>sem lista de confiança neste posto</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="399"/>
        <source>the signer is not on the trust list</source>
        <translation>o signatário não está na lista de confiança</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="400"/>
        <source>the issuer&apos;s keys are not pinned to the issuer</source>
        <translation>as chaves do emissor não estão associadas ao emissor</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Passport MRZ</source>
        <translation>MRZ de passaporte</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Visa MRZ</source>
        <translation>MRZ de visto</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Identity card MRZ</source>
        <translation>MRZ de cartão de identidade</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="407"/>
        <source>Boarding pass</source>
        <translation>Cartão de embarque</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="407"/>
        <source>EU digital COVID certificate</source>
        <translation>Certificado digital COVID da UE</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="408"/>
        <source>WHO vaccination certificate</source>
        <translation>Certificado de vacinação da OMS</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="408"/>
        <source>SMART Health Card</source>
        <translation>SMART Health Card</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="409"/>
        <source>Referral slip</source>
        <translation>Guia de encaminhamento</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>surname</source>
        <translation>apelido</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>given names</source>
        <translation>nomes próprios</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>born</source>
        <translation>nascido(a)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="415"/>
        <source>nationality</source>
        <translation>nacionalidade</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="415"/>
        <source>document type</source>
        <translation>tipo de documento</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>document number</source>
        <translation>número do documento</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>issued by</source>
        <translation>emitido por</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>arrived by</source>
        <translation>chegou por</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>carrier</source>
        <translation>transportadora</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>flight</source>
        <translation>voo</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>seat</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="418"/>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>Yellow fever</source>
        <translation>Febre amarela</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>Polio</source>
        <translation>Poliomielite</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="425"/>
        <source>Measles</source>
        <translation>Sarampo</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>Suspected case</source>
        <translation>Caso suspeito</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>At risk (travel)</source>
        <translation>Em risco (viagem)</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>Contact of a case</source>
        <translation>Contacto de um caso</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="48"/>
        <source>No valid certificate</source>
        <translation>Sem certificado válido</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="48"/>
        <source>Fever without a known cause</source>
        <translation>Febre sem causa conhecida</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>High risk</source>
        <translation>Risco elevado</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>Some risk</source>
        <translation>Algum risco</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>Low risk</source>
        <translation>Risco baixo</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>No known risk</source>
        <translation>Sem risco conhecido</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="56"/>
        <source>Risk not known</source>
        <translation>Risco desconhecido</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Extreme</source>
        <translation>Extrema</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="63"/>
        <source>Severity unknown</source>
        <translation>Gravidade desconhecida</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Clear</source>
        <translation>Sem medidas</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Advise</source>
        <translation>Aconselhar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Monitor</source>
        <translation>Monitorizar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Vaccinate</source>
        <translation>Vacinar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Refer</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Isolate</source>
        <translation>Isolar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="533"/>
        <source>Not enough answers yet</source>
        <translation>Ainda não há respostas suficientes</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="537"/>
        <source>Recommended so far: %1</source>
        <translation>Recomendado até agora: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="538"/>
        <source>No flags</source>
        <translation>Sem alertas</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="556"/>
        <source>Follow up until %1</source>
        <translation>Seguimento até %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="585"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="588"/>
        <source>Affected areas</source>
        <translation>Zonas afetadas</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="592"/>
        <source>%1 certificate: %2</source>
        <translation>Certificado %1: %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="595"/>
        <source>Certificate needed when coming from</source>
        <translation>Certificado exigido a quem vem de</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="614"/>
        <source>was in %1</source>
        <translation>esteve em %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="621"/>
        <source>Primary screening: %1</source>
        <translation>Rastreio primário: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="621"/>
        <source>no answers</source>
        <translation>sem respostas</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="634"/>
        <location filename="../controllers/screening.py" line="753"/>
        <source>Clear traveller ✓</source>
        <translation>Viajante liberado ✓</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="636"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="638"/>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="655"/>
        <source>Some answers are missing.</source>
        <translation>Faltam algumas respostas.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="655"/>
        <source>Some answers need correcting.</source>
        <translation>Algumas respostas precisam de correção.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="669"/>
        <source>Leave this screening?</source>
        <translation>Sair deste rastreio?</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="670"/>
        <source>The answers are kept: the screening can be resumed from the home screen.</source>
        <translation>As respostas ficam guardadas: o rastreio pode ser retomado a partir do ecrã inicial.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="671"/>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="671"/>
        <source>Stay</source>
        <translation>Ficar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="708"/>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="710"/>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="712"/>
        <source>%1 d ago</source>
        <translation>há %1 d</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="719"/>
        <source>This document was screened at this kiosk %1 (%2): %3</source>
        <translation>Este documento foi rastreado neste posto %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="731"/>
        <source>%1 — waiting %2 min (since %3)</source>
        <translation>%1 — à espera há %2 min (desde %3)</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="738"/>
        <source>The record is incomplete.</source>
        <translation>O registo está incompleto.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="743"/>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="744"/>
        <source>No protocol raised a flag.</source>
        <translation>Nenhum protocolo gerou um alerta.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="752"/>
        <source>Confirm: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="761"/>
        <source>A health officer decides on this traveller: send them to secondary screening.</source>
        <translation>Um agente de saúde decide sobre este viajante: envie-o para o rastreio secundário.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="771"/>
        <source>Choose the disposition first.</source>
        <translation>Escolha primeiro a conduta.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="774"/>
        <source>A reason is required to change the recommendation.</source>
        <translation>É necessário um motivo para alterar a recomendação.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="778"/>
        <source>Set aside the recommendation?</source>
        <translation>Pôr de lado a recomendação?</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="779"/>
        <source>%1 sets aside: %2.
Reason: %3</source>
        <translation>%1 põe de lado: %2.
Motivo: %3</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="781"/>
        <source>Set aside</source>
        <translation>Pôr de lado</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="781"/>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="782"/>
        <source>Not recorded: the recommendation stands until you confirm.</source>
        <translation>Não registado: a recomendação mantém-se até confirmar.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="802"/>
        <source>Recorded: %1</source>
        <translation>Registado: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="817"/>
        <source>Sent to secondary screening</source>
        <translation>Enviado para o rastreio secundário</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="828"/>
        <source>The decision could not be saved; the answers are kept. Try again.</source>
        <translation>Não foi possível guardar a decisão; as respostas ficam guardadas. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="844"/>
        <source>Not recorded: the age (%1 years) and the birth date (%2, so %3 years at arrival) contradict each other. Correct the age or the birth date.</source>
        <translation>Não registado: a idade (%1 anos) e a data de nascimento (%2, ou seja %3 anos à chegada) contradizem-se. Corrija a idade ou a data de nascimento.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../views/screening.py" line="403"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="428"/>
        <source>Confirm the recommendation</source>
        <translation>Confirmar a recomendação</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="431"/>
        <source>Send to secondary screening</source>
        <translation>Enviar para o rastreio secundário</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="438"/>
        <source>Or choose another disposition:</source>
        <translation>Ou escolha outra conduta:</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="449"/>
        <source>Reason for changing the recommendation (required):</source>
        <translation>Motivo para alterar a recomendação (obrigatório):</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="452"/>
        <source>Reason for changing the recommendation</source>
        <translation>Motivo da alteração da recomendação</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="454"/>
        <source>Record this decision</source>
        <translation>Registar esta decisão</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="461"/>
        <source>Back to the questions</source>
        <translation>Voltar às perguntas</translation>
    </message>
</context>
<context>
    <name>DeliveryCard</name>
    <message>
        <location filename="../views/home.py" line="59"/>
        <source>Alerts to the surveillance hub</source>
        <translation>Alertas para o centro de vigilância</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="73"/>
        <location filename="../views/home.py" line="85"/>
        <source>Refused alerts</source>
        <translation>Alertas recusados</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="75"/>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="96"/>
        <source>Not connected: no hub configured — %n queued</source>
        <translation><numerusform>Sem ligação: nenhum centro configurado — %n em fila</numerusform><numerusform>Sem ligação: nenhum centro configurado — %n em fila</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="98"/>
        <source>Online — %n not yet acknowledged by the hub</source>
        <translation><numerusform>Em linha — %n ainda não confirmado pelo centro</numerusform><numerusform>Em linha — %n ainda não confirmados pelo centro</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="100"/>
        <source>Offline — %n queued</source>
        <translation><numerusform>Sem ligação — %n em fila</numerusform><numerusform>Sem ligação — %n em fila</numerusform></translation>
    </message>
    <message>
        <location filename="../views/home.py" line="104"/>
        <source>Waiting on this kiosk: %1 · at the broker: %2 · acknowledged: %3 · refused: %4</source>
        <translation>Em espera neste posto: %1 · no broker: %2 · confirmados: %3 · recusados: %4</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="108"/>
        <source>Last acknowledgement from the hub: %1</source>
        <translation>Última confirmação do centro: %1</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="109"/>
        <source>No acknowledgement from the hub yet</source>
        <translation>Ainda sem confirmação do centro</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="111"/>
        <source>Situation in force: %1</source>
        <translation>Situação em vigor: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="114"/>
        <source>Refused alerts: %n</source>
        <translation><numerusform>Alertas recusados: %n</numerusform><numerusform>Alertas recusados: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../views/home.py" line="126"/>
        <source>EXERCISE alerts, not real (not in the counts above): waiting %1 · at the broker %2 · acknowledged %3 · refused %4</source>
        <translation>Alertas de EXERCÍCIO, não reais (fora das contagens acima): em espera %1 · no broker %2 · confirmados %3 · recusados %4</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../views/screening.py" line="183"/>
        <source>Live flags</source>
        <translation>Alertas em curso</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="204"/>
        <source>Situation in force</source>
        <translation>Situação em vigor</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../views/history.py" line="28"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="28"/>
        <location filename="../views/history.py" line="36"/>
        <source>Today&apos;s screenings</source>
        <translation>Rastreios de hoje</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="30"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Traveller</source>
        <translation>Viajante</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="39"/>
        <source>Alert to the hub</source>
        <translation>Alerta ao centro</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="39"/>
        <source>Referral slip</source>
        <translation>Guia de encaminhamento</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="71"/>
        <source>No screening completed today on this kiosk.</source>
        <translation>Nenhum rastreio concluído hoje neste posto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/history.py" line="72"/>
        <source>%n screening(s) completed today on this kiosk.</source>
        <translation><numerusform>%n rastreio concluído hoje neste posto.</numerusform><numerusform>%n rastreios concluídos hoje neste posto.</numerusform></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../views/home.py" line="166"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="167"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="177"/>
        <source>Start screening</source>
        <translation>Iniciar rastreio</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="182"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="186"/>
        <source>Screened</source>
        <translation>Rastreados</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="186"/>
        <source>Flagged</source>
        <translation>Com alerta</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="187"/>
        <source>Referred</source>
        <translation>Encaminhados</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="187"/>
        <source>Isolated</source>
        <translation>Isolados</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="197"/>
        <source>Today&apos;s screenings, alerts and slips</source>
        <translation>Rastreios, alertas e guias de hoje</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="199"/>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="201"/>
        <source>Start an exercise</source>
        <translation>Iniciar um exercício</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="210"/>
        <location filename="../views/home.py" line="214"/>
        <source>Waiting for secondary screening</source>
        <translation>À espera do rastreio secundário</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="217"/>
        <source>Take next traveller</source>
        <translation>Atender o viajante seguinte</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="220"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="221"/>
        <source>Read questions aloud</source>
        <translation>Ler as perguntas em voz alta</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="584"/>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="585"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
</context>
<context>
    <name>OfficersView</name>
    <message>
        <location filename="../views/officers.py" line="56"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="56"/>
        <location filename="../views/officers.py" line="66"/>
        <source>Officers of this kiosk</source>
        <translation>Agentes deste posto</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="93"/>
        <source>Add an officer</source>
        <translation>Adicionar um agente</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="94"/>
        <source>Officer id</source>
        <translation>Identificador do agente</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="97"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="98"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 a 12 dígitos)</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="99"/>
        <source>PIN again</source>
        <translation>Repetir o PIN</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="101"/>
        <location filename="../views/officers.py" line="138"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="107"/>
        <source>Add officer</source>
        <translation>Adicionar agente</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="114"/>
        <source>Select an officer in the list</source>
        <translation>Selecione um agente na lista</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="116"/>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="117"/>
        <source>New PIN again</source>
        <translation>Repetir o novo PIN</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="120"/>
        <source>Set new PIN</source>
        <translation>Definir novo PIN</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="121"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="122"/>
        <source>Lift the lock</source>
        <translation>Levantar o bloqueio</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../views/screening.py" line="262"/>
        <source>Traveller language:</source>
        <translation>Língua do viajante:</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="272"/>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="275"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="312"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="315"/>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../views/signin.py" line="31"/>
        <location filename="../views/signin.py" line="55"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="37"/>
        <location filename="../views/signin.py" line="42"/>
        <location filename="../views/signin.py" line="83"/>
        <source>Officer id</source>
        <translation>Identificador do agente</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="44"/>
        <location filename="../views/signin.py" line="48"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="78"/>
        <source>Welcome: create the administrator</source>
        <translation>Bem-vindo: crie o administrador</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="79"/>
        <source>No officer exists on this kiosk yet. The administrator adds the other officers after signing in.</source>
        <translation>Ainda não existe nenhum agente neste posto. O administrador adiciona os outros agentes depois de entrar.</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="86"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="89"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 a 12 dígitos)</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="92"/>
        <source>PIN again</source>
        <translation>Repetir o PIN</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="108"/>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../views/slip.py" line="47"/>
        <source>Referral slip</source>
        <translation>Guia de encaminhamento</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="57"/>
        <source>The referral slip was not printed</source>
        <translation>A guia de encaminhamento não foi impressa</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="64"/>
        <source>Referral slip QR code</source>
        <translation>Código QR da guia de encaminhamento</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="65"/>
        <source>Referral %1</source>
        <translation>Encaminhamento %1</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="67"/>
        <source>The receiving facility can photograph or scan this code with a phone: it carries the signed referral. Print the slip later from Today&apos;s screenings.</source>
        <translation>A unidade de acolhimento pode fotografar ou ler este código com um telemóvel: contém o encaminhamento assinado. Imprima a guia mais tarde em Rastreios de hoje.</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="75"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../views/home.py" line="26"/>
        <source>Sign out</source>
        <translation>Sair da sessão</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="38"/>
        <source>● online</source>
        <translation>● em linha</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="38"/>
        <source>● online — %n queued</source>
        <translation><numerusform>● em linha — %n em fila</numerusform><numerusform>● em linha — %n em fila</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="40"/>
        <source>● offline — %n queued</source>
        <translation><numerusform>● sem ligação — %n em fila</numerusform><numerusform>● sem ligação — %n em fila</numerusform></translation>
    </message>
</context>
</TS>
