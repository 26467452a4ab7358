package normalise

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"

	"newsdesk/process/normalise/prefilter"
)

var (
	autoSubject = prefilter.MustCompile(`(?i)^\W*(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\s+of\s+(?:the\s+)?office|abwesenheitsnotiz|réponse\s+automatique|undeliver(?:ed|able)|delivery\s+status\s+notification|delivery\s+failure|returned\s+mail|mail\s+delivery\s+(?:failed|failure|subsystem)|read\s*:|read\s+receipt|return\s+receipt|lu\s*:|automatische\s+antwort|abwesend|absence\s+du\s+bureau|absent(?:e)?\s+du\s+bureau|respuesta\s+autom[aá]tica|fuera\s+de\s+la\s+oficina|risposta\s+automatica|fuori\s+(?:sede|ufficio)|automatisch\s+antwoord|afwezig|autosvar|fr[aå]nvaro|frav[æe]r|poza\s+biurem|automatyczna\s+odpowied[zź]|automaattinen\s+vastaus|poissa\s+toimistolta|automatick[aá]\s+odpov[eě]d|mimo\s+kancel[aá][rř]|resposta\s+autom[aá]tica|автоответ|автоматический\s+ответ|нет\s+на\s+месте|自動返信|不在(?:のお知らせ|通知)|자동\s*(?:회신|응답)|부재\s*중|自动回复|自動回覆|unzustellbar|non\s+distribu|no\s+entregado|non\s+recapitat|automatick[aá]\s+odpove[dď]|αυτόματη\s+απάντηση|εκτός\s+γραφείου|otomatik\s+(?:yan[ıi]t|cevap)|ofis\s+d[ıi]ş[ıi]nda|automatikus\s+v[aá]lasz|h[aá]zon\s+k[ií]v[uü]l|r[ăa]spuns\s+automat|автоматичен\s+отговор|автовідповідь|автоматична\s+відповідь|automatski\s+odgovor|van\s+ureda|izvan\s+ureda|automatinis\s+atsakymas|automaatvastus|autom[aā]tisk[aā]\s+atbilde|samodejni\s+odgovor|מענה\s+אוטומטי|رد\s+تلقائي|خارج\s+المكتب)`)
	// phishing: the demands of a credential-stealing mail, in the
	// languages the desk receives: verify the account, the password
	// expires, the mailbox is full, the account will be closed, act
	// within hours. The account a German mail threatens to close is the
	// reader's ("Ihr Zugang … wird gesperrt"): a release closes roads and
	// beaches ("der Zugang zum Strand ist gesperrt").
	phishing = prefilter.MustCompile(`(?i)verify\s+your\s+(?:account|identity|email|mailbox)|validate\s+your\s+(?:account|mailbox|email)|confirm\s+your\s+(?:account|identity|password|credentials|login|details)|password\s+(?:expires|has\s+expired|will\s+expire)|mailbox\s+(?:quota|is\s+full|storage)|quota\s+(?:is\s+)?(?:full|exceeded)|account\s+(?:will\s+be\s+)?(?:suspended|closed|deactivated|terminated)|unusual\s+(?:sign-in|login|activity)|within\s+(?:24|48|72)\s+hours|action\s+required|upgrade\s+your\s+(?:quota|mailbox)` +
		`|(?:account|access|mailbox)\s+(?:has\s+been|is|was)\s+(?:temporarily\s+)?(?:locked|suspended|restricted|disabled|flagged|limited)|(?:account|access|mailbox)\s+will\s+(?:expire|be\s+(?:permanently\s+)?(?:disabled|deleted|locked|removed))|update\s+(?:your|their)\s+(?:login|account|payment|billing|sign-in)?\s*(?:details|information|credentials)|re-?enter\s+your\s+password|(?:sign|log)\s+in\s+with\s+your\s+(?:e-?mail\s+)?(?:password|credentials)|restore\s+(?:your\s+)?access|reactivate\s+your\s+account|failed\s+(?:login|sign-in)\s+attempts|payment\s+(?:has\s+)?(?:failed|was\s+declined)|(?:document|file)s?\s+(?:has|have)\s+been\s+shared\s+with\s+you` +
		`|konto\s+wurde\s+(?:vorübergehend\s+)?(?:eingeschränkt|gesperrt|deaktiviert)|aktualisieren\s+sie\s+ihre\s+(?:daten|zugangsdaten|kontodaten|anmeldedaten)` +
		`|votre\s+compte\s+a\s+été\s+(?:bloqué|suspendu|restreint|désactivé)|mettez\s+à\s+jour\s+vos\s+(?:informations|identifiants|coordonnées)|su\s+cuenta\s+ha\s+sido\s+(?:bloqueada|suspendida|restringida)|actualice\s+sus\s+datos|(?:il\s+tuo|il\s+suo)\s+account\s+è\s+stato\s+(?:bloccato|sospeso|limitato)|aggiorna\s+i\s+tuoi\s+dati` +
		`|konto\s+zostało\s+(?:zablokowane|zawieszone)|potwierd(?:ź|zić)\s+swoje\s+dane` +
		`|(?:konto|postfach|identität|e-mail-adresse|zugangsdaten|anmeldedaten)\s+(?:zu\s+)?(?:bestätigen|verifizieren)|passwort\s+(?:läuft|ist)\s+(?:bald\s+)?(?:ab|abgelaufen)|postfach\s+(?:ist\s+)?(?:voll|überschritten)|(?:konto|postfach)\s+wird\s+(?:gesperrt|deaktiviert|gelöscht)|(?:(?:ihr|dein)\s+(?:konto|postfach|zugang)|(?:konto|postfach|zugang)\s+zu\s+(?:ihre[mn]|deine[mn])\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}(?:gesperrt|deaktiviert|gelöscht)|innerhalb\s+von\s+(?:24|48|72)\s+stunden` +
		`|vérifie[rz]\s+votre\s+(?:compte|identité|adresse)|mot\s+de\s+passe\s+(?:expire|a\s+expiré)|boîte\s+(?:aux\s+lettres|mail|de\s+réception)\s+(?:est\s+)?pleine|compte\s+sera\s+(?:suspendu|bloqué|désactivé|supprimé)|dans\s+les\s+24\s+heures` +
		`|verifi(?:car|que)\s+su\s+(?:cuenta|identidad)|contraseña\s+(?:caduca|expira|ha\s+caducado)|buzón\s+(?:está\s+)?lleno|cuenta\s+será\s+(?:suspendida|bloqueada|cancelada)|en\s+las\s+próximas\s+24\s+horas` +
		`|verifica(?:re)?\s+(?:il\s+tuo|il\s+suo)\s+account|password\s+(?:scade|è\s+scaduta)|casella\s+(?:di\s+posta\s+)?(?:è\s+)?piena|account\s+(?:verrà|sarà)\s+(?:sospeso|bloccato|disattivato)` +
		`|verifi(?:car|que)\s+(?:a\s+)?sua\s+conta|senha\s+(?:expira|expirou)|caixa\s+de\s+correio\s+(?:está\s+)?cheia|conta\s+será\s+(?:suspensa|bloqueada|desativada)` +
		`|verifieer\s+uw\s+(?:account|identiteit)|wachtwoord\s+verloopt|mailbox\s+is\s+vol|account\s+wordt\s+(?:geblokkeerd|opgeschort|verwijderd)` +
		`|verifiera\s+ditt\s+konto|lösenord(?:et)?\s+(?:går\s+ut|har\s+gått\s+ut)|bekreft\s+(?:din\s+)?konto|passord(?:et)?\s+utløper|bekræft\s+din\s+konto|adgangskode\s+udløber|konto(?:t)?\s+(?:kommer\s+att\s+)?(?:spärras|stängas|sperres|lukkes)` +
		`|zweryfikuj\s+(?:swoje\s+)?konto|hasło\s+(?:wygaśnie|wygasło)|skrzynka\s+(?:pocztowa\s+)?(?:jest\s+)?pełna|konto\s+zostanie\s+(?:zablokowane|zawieszone|usunięte)|ověřte\s+(?:svůj\s+)?účet|heslo\s+vyprší|schránka\s+je\s+plná|účet\s+bude\s+(?:zablokován|zrušen)` +
		`|hesabınızı\s+doğrulayın|şifreniz(?:in)?\s+süresi|posta\s+kutunuz\s+dolu|hesabınız\s+(?:askıya|kapatıl)` +
		`|подтвердите\s+(?:свою\s+|вашу\s+|ваш\s+)?(?:учетную\s+запись|учётную\s+запись|аккаунт|личность|пароль|почту)|пароль\s+(?:истекает|истёк|истек)|почтов\p{L}+\s+ящик\p{L}*\s+(?:переполнен|заполнен|будет\s+(?:заблокирован|удал[её]н))|(?:учетная|учётная)\s+запись\s+будет\s+(?:заблокирована|удалена|отключена)|в\s+течение\s+24\s+часов|підтвердіть\s+(?:свій\s+)?(?:обліковий\s+запис|акаунт)|пароль\s+спливає|скриньк\p{L}+\s+переповнен\p{L}*` +
		`|验证您的(?:账户|帐户|邮箱)|密码(?:即将)?过期|邮箱(?:已满|容量)|账户将被(?:冻结|停用|关闭)|24小时内|驗證您的(?:帳戶|信箱)|密碼(?:即將)?過期|アカウント(?:を|の)(?:確認|認証)|パスワードの有効期限|メールボックスの容量|24時間以内|계정(?:을|이)\s*(?:확인|인증|정지|차단)|비밀번호(?:가)?\s*만료|사서함\s*용량|24시간\s*이내`)
	// autoBody opens machine-written mail: out-of-office notes and bounces
	// whose headers say nothing. Its words start after a non-letter, not
	// at \b, which knows only ASCII letters: "я в отпуске", "λείπω".
	autoBody = prefilter.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(?:(?:i\s+am|i'm|i\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away\s+(?:from|until)|on\s+(?:annual\s+|parental\s+)?leave)|this\s+is\s+an\s+automat(?:ed|ic)\s+(?:reply|response|message)|(?:could|can)\s*not\s+be\s+delivered|delivery\s+(?:has\s+)?failed|undeliverable|returned\s+to\s+sender|permanent\s+(?:fatal\s+)?errors?|the\s+mail\s+system|(?:ich\s+bin|bin\s+ich)\s+(?:bis|vom|ab|derzeit|zurzeit|momentan)\b.{0,40}\b(?:nicht\s+im\s+b[üu]ro|abwesend|im\s+urlaub)|je\s+suis\s+(?:actuellement\s+)?absente?|estoy\s+(?:fuera\s+de\s+la\s+oficina|de\s+vacaciones|ausente)|sono\s+(?:fuori\s+(?:ufficio|sede)|in\s+ferie|assente)|ik\s+ben\s+(?:afwezig|met\s+vakantie|niet\s+op\s+kantoor)|jag\s+är\s+(?:ledig|borta|på\s+semester|inte\s+på\s+kontoret)|jeg\s+er\s+(?:ikke\s+p[åa]\s+kontoret|p[åa]\s+ferie|fraværende|bortrejst)|olen\s+(?:lomalla|poissa)|jestem\s+(?:poza\s+biurem|na\s+urlopie|nieobecn[ya])|jsem\s+(?:mimo\s+kancelář|na\s+dovolené)|estou\s+(?:ausente|fora\s+do\s+escrit[óo]rio|de\s+f[ée]rias)|я\s+(?:в\s+отпуске|нахожусь\s+в\s+отпуске|отсутствую)|λείπω\s+από\s+το\s+γραφείο|(?:είμαι|βρίσκομαι)\s+(?:εκτός\s+γραφείου|σε\s+άδεια)|ofis\s+d[ıi]ş[ıi]nday[ıi]m|izindeyim|(?:h[aá]zon\s+k[ií]v[uü]l|szabads[aá]gon)\s+vagyok|(?:sunt|m[ăa]\s+aflu)\s+(?:[îi]n\s+concediu|plecat[ăa]?\s+din\s+birou)|nu\s+sunt\s+la\s+birou|(?:в\s+отпуск\s+съм|извън\s+офиса\s+съм)|(?:я\s+)?(?:у\s+відпустці|поза\s+офісом)|(?:sam\s+)?(?:na\s+godišnjem\s+odmoru|izvan\s+ureda|odsutan|odsutna)\s+(?:sam|do)|som\s+(?:mimo\s+kancel[aá]rie|na\s+dovolenke)|esu\s+atostogose|olen\s+puhkusel|esmu\s+atvaļinājumā|sem\s+odsot(?:en|na)|jeg\s+er\s+ikke\s+p[åa]\s+kontoret|不在にしております|不在にしています|(?:我)?(?:目前|现在|現在)?(?:不在办公室|不在辦公室|正在休假)|מחוץ\s+למשרד|خارج\s+المكتب)`)
	// covering points from a letter to the release that comes with it:
	// "see below", "attached", "please find", "hierbij", "ci-jointe",
	// "ohessa", "w załączeniu", "以下" (inflected forms too: "bifogade",
	// "nachfolgenden").
	covering = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:below|attached|attachment|enclosed|following|herewith|please\s+find|here\s+is|here's|unten|untenstehend\p{L}*|nachfolgend\p{L}*|folgende\p{L}*|anbei|hiermit|im\s+anhang|ci-dessous|ci-joint\p{L}*|ci-après|suivant\p{L}*|voici|veuillez\s+trouver|a\s+continuación|abajo|adjunt\p{L}*|anex\p{L}*|di\s+seguito|qui\s+sotto|in\s+allegato|allegat\p{L}*|trovate|hieronder|onderstaand\p{L}*|hierbij|bijlage|bijgaand\p{L}*|nedan|nedenstående|bifoga\p{L}*|nedenfor|vedlagt\p{L}*|vedhæfte\p{L}*|herunder|ohessa|alla\s+olev\p{L}*|liittee\p{L}*|alább|mellékel\p{L}*|ekte|aşağıda|mai\s+jos|ataşa\p{L}*|atașa\p{L}*|poniżej|załącz\p{L}*|níže|nižšie|v\s+příloze|v\s+prílohe|přiložen\p{L}*|u\s+prilogu|u\s+privitku|ispod|abaixo|em\s+anexo|segue|παρακάτω|συνημμέν\p{L}*|ниже|нижче|во\s+вложении|у\s+додатку|прилага\p{L}*|alla\s+seguente|أدناه|مرفق\p{L}*|להלן|מצורפ\p{L}*|מצורף)(?:[^\p{L}]|$)|下記|以下|附件|下面|아래|첨부`)
	// received is a help desk's acknowledgement: "your message has been
	// received", "nous avons bien reçu votre message", "Ihre Nachricht ist
	// eingegangen".
	received = `your\s+(?:message|e-?mail|enquiry|inquiry|request|query)\s+(?:has\s+been|was|is)\s+(?:received|logged|registered)|we\s+(?:have\s+)?received\s+your\s+(?:message|e-?mail|enquiry|inquiry|request|query)|(?:ihre|deine)\s+(?:nachricht|e-?mail|anfrage)\s+(?:ist|wurde)\s+(?:bei\s+uns\s+)?(?:eingegangen|erhalten|registriert)|wir\s+haben\s+ihre\s+(?:nachricht|e-?mail|anfrage)\s+erhalten|nous\s+avons\s+(?:bien\s+)?reçu\s+votre\s+(?:message|courriel|e-?mail|demande)|votre\s+(?:message|courriel|demande)\s+a\s+(?:bien\s+)?été\s+(?:reçue?|enregistrée?)|hemos\s+recibido\s+su\s+(?:mensaje|correo|solicitud|consulta)|su\s+(?:mensaje|correo|solicitud)\s+(?:ha\s+sido|fue)\s+recibid[oa]|abbiamo\s+ricevuto\s+il\s+(?:suo|tuo|vostro)\s+messaggio|(?:la\s+sua|la\s+tua)\s+(?:richiesta|e-?mail)\s+è\s+stata\s+ricevuta|recebemos\s+(?:a\s+)?(?:sua|tua)\s+(?:mensagem|solicitação|e-?mail)|(?:a\s+)?sua\s+mensagem\s+foi\s+recebida|(?:wij\s+)?hebben\s+uw\s+(?:bericht|e-?mail|vraag)\s+ontvangen|uw\s+(?:bericht|e-?mail|vraag)\s+is\s+ontvangen|vi\s+har\s+(?:tagit\s+emot|modtaget|mottatt)\s+(?:ditt|din|dit|Deres)\s+\p{L}+|otrzymaliśmy\s+(?:twoją|pana|pani|państwa)\s+wiadomość|vaše\s+zpráva\s+byla\s+přijata|ваше\s+(?:сообщение|обращение|письмо)\s+(?:было\s+)?(?:получено|принято|зарегистрировано)`
	// acknowledgement is a help desk's automatic "received" note. It is
	// kept apart from autoBody, which also stops chooseRelease from
	// reading a mail's attachments (a bounce quotes the bounced mail): a
	// press officer's "we have received your request, please find
	// attached our release" has its release attached.
	acknowledgement = prefilter.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(?:` + received + `)`)
	secondPerson    = prefilter.MustCompile(`(?i)\b(?:you|your|you'd|you're|vous|votre|ihnen)\b`)
	spam            = prefilter.MustCompile(`(?i)\b(?:\d+\s*%\s+off|buy\s+now|order\s+now|limited[- ]time\s+offer|free\s+trial|act\s+now|you\s+(?:have\s+)?won|winner|lottery|claim\s+your\s+(?:prize|reward)|bitcoin|crypto(?:currency)?\s+investment|seo\s+(?:services|ranking)|guest\s+post|backlinks?|cheap\s+\w+|viagra|casino)\b`)
	// mentionsRelease names the genre, in the languages the desk receives.
	mentionsRelease = prefilter.MustCompile(`(?i)\b(?:press|news|media)\s+release\b|\bcommuniqu[ée]\s+de\s+presse\b|\bpresse(?:mitteilung|information|meldung)\b|\bnota\s+de\s+prensa\b|\bcomunicado\s+de\s+(?:prensa|imprensa)\b|\bcomunicato\s+stampa\b|\bpersbericht\b|\bpressmeddelande\b|\bpressemelding\b|\bpressemeddelelse\b|\blehdistötiedote\b|\bkomunikat\w*\s+prasow\w+|\btiskov\w+\s+zpráv\w+|\bsajtóközlemény|\bbasın\s+bülteni|пресс-релиз|прес-реліз|δελτίο\s+τύπου|プレスリリース|보도자료|新闻稿|新聞稿`)
	readMore        = prefilter.MustCompile(`(?i)\b(?:read\s+more|continue\s+reading|full\s+story|listen\s+now|watch\s+now)\b`)
)

// classify tells releases from everything else that reaches a desk
// address. Headers settle machine-sent mail; for the rest, a release's
// shape (dateline, end marker, release label) outweighs every other sign,
// because a release lost from the queue costs more than a stray email in
// it.
func classify(c *mime.Content, s segment.Segments, rel release, bodyText string) (draft.Kind, string) {
	h := c.Header
	if c.Report != "" {
		return draft.NotPressRelease, "delivery or read report (" + c.Report + ")"
	}
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return draft.NotPressRelease, "automatic reply (Auto-Submitted: " + v + ")"
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond"} {
		if h.Get(k) != "" {
			return draft.NotPressRelease, "automatic reply (" + k + ")"
		}
	}
	if p := strings.ToLower(strings.TrimSpace(h.Get("Precedence"))); p == "auto_reply" {
		return draft.NotPressRelease, "automatic reply (Precedence: auto_reply)"
	}
	if from := strings.ToLower(h.Get("From")); strings.Contains(from, "mailer-daemon@") || strings.Contains(from, "postmaster@") {
		return draft.NotPressRelease, "delivery report (sent by the mail system)"
	}
	subject, _ := mime.DecodeHeader(h.Get("Subject"), c.Charset)
	if autoSubject.MatchString(subject) {
		return draft.NotPressRelease, "automatic message (subject: " + truncate(subject, 60) + ")"
	}
	// An invitation's text may look like an advisory, dateline and all;
	// only an end marker or an attached release outweighs its calendar part.
	if !s.Ended && rel.doc == nil && calendarPart(c) {
		return draft.NotPressRelease, "calendar invitation (text/calendar part), no release structure"
	}
	// A letter that gives its news no title is a pitch, however it dates
	// that news: "Hi Ben, LONDON – new figures show … Would you like to
	// speak to …". A release under a covering letter has its own title.
	if !s.Ended && rel.doc == nil && greets(rel.blocks) && !segment.TitledText(rel.blocks) && pitchCue.MatchString(subject+"\n"+bodyText) {
		return draft.NotPressRelease, "pitch: a letter offering an interview, with no titled release in it"
	}
	// A label or an About section is weaker than a dateline or an end
	// marker: sales offers and digests talk about press releases too.
	furnished := labelled(s.Pre) || boilerplate(s.Trailer)
	// Phishing dressed as a release copies all of its furniture it can:
	// label, title, dateline, end marker, About section, "press release"
	// in its opening. Its demands on the reader's account outweigh them;
	// only an attached release does not (a release is not phishing for
	// quoting such mail).
	dressed := furnished || s.Dateline != nil || s.Ended || mentionsRelease.MatchString(truncate(bodyText, 400))
	if rel.doc == nil && dressed && phishingMail(subject, bodyText) {
		return draft.NotPressRelease, "phishing: asks to act on an account, under a release's furniture"
	}
	// A dateline is the one piece of release structure that costs a sender
	// nothing to copy: phishing and sales mail put a city and a date on
	// top. Where nothing else of a release is there (no end marker, no
	// attached release, no About section), their own cues still count.
	sales := salesOf(subject, bodyText)
	if s.Dateline != nil && !s.Ended && rel.doc == nil && !boilerplate(s.Trailer) {
		if why := imitation(subject, bodyText, sales); why != "" {
			return draft.NotPressRelease, why
		}
	}
	// An offer to distribute the reader's news asks for an order with a
	// code or a booking however fully it copies a release's furniture
	// (end marker, About section, media contact).
	if rel.doc == nil && distributionSale(sales) {
		return draft.NotPressRelease, "sales offer: prices for distributing the reader's news, with a call to buy"
	}
	if s.Dateline != nil || s.Ended || rel.doc != nil {
		return draft.PressRelease, releaseReason(s, rel)
	}
	// Without a dateline or an end marker, the genres' own cues are
	// weighed before the label or About section.
	if why := genre(c, subject, bodyText, !furnished); why != "" {
		return draft.NotPressRelease, why
	}
	if furnished {
		return draft.PressRelease, releaseReason(s, rel)
	}
	// A short letter to a colleague may name a release it talks about
	// ("the ministry will issue a press release this afternoon"); a
	// covering note with its release below has a titled text after it,
	// and a short release written as a letter greets the newsroom, not a
	// person ("Sehr geehrte Damen und Herren", "Dear editors").
	if w := len(strings.Fields(bodyText)); w < 150 && !hasDocument(c) && segment.Greeting.MatchString(bodyText) && !segment.TitledText(rel.blocks) && !covering.MatchString(truncate(bodyText, 400)) && !toNewsroom(bodyText) {
		return draft.NotPressRelease, "personal note: a short letter to a person, no release structure"
	}
	if mentionsRelease.MatchString(truncate(bodyText, 400)) {
		return draft.PressRelease, "says it carries a release (\"press release\" in its opening)"
	}
	if hasDocument(c) && seeAttached.MatchString(bodyText) {
		return draft.PressRelease, "release in an attached document that could not be read: see the attachment"
	}
	if t := truncate(bodyText, 600); autoBody.MatchString(t) || acknowledgement.MatchString(t) {
		return draft.NotPressRelease, "automatic message: an out-of-office, delivery or receipt notice, no release structure"
	}
	if phishingDemands(bodyText+"\n"+subject) >= 2 && !namesFraud.MatchString(subject+"\n"+truncate(bodyText, 3000)) {
		return draft.NotPressRelease, "phishing or spam: asks to act on an account, no release structure"
	}
	if strings.EqualFold(strings.TrimSpace(h.Get("X-Spam-Flag")), "yes") || strings.HasPrefix(strings.ToLower(strings.TrimSpace(h.Get("X-Spam-Status"))), "yes") {
		return draft.NotPressRelease, "spam: the receiving server flagged it, no release structure"
	}
	if n := len(spam.FindAllString(bodyText+" "+subject, -1)); n >= 2 {
		return draft.NotPressRelease, "spam: sales or prize wording, no release structure"
	}
	bulk := h.Get("List-Unsubscribe") != "" || h.Get("List-Id") != "" || strings.EqualFold(strings.TrimSpace(h.Get("Precedence")), "bulk")
	links := strings.Count(bodyText, "http://") + strings.Count(bodyText, "https://")
	if n := len(readMore.FindAllString(bodyText, -1)); n >= 3 || bulk && (n >= 2 || links >= 5) {
		return draft.NotPressRelease, "newsletter digest: several items with links, no release structure"
	}
	// A letter to a person is a note or a pitch unless a title with text
	// under it follows the greeting (a release under a covering letter);
	// a letter to the newsroom is a release written as a letter.
	if !segment.TitledText(rel.blocks) && segment.Greeting.MatchString(bodyText) && !toNewsroom(bodyText) {
		return draft.NotPressRelease, "personal note: addressed to a person, no release structure"
	}
	// A short message that asks the reader questions is a pitch or a
	// query, not an announcement.
	if w := len(strings.Fields(bodyText)); w < 200 && strings.Contains(bodyText, "?") && len(secondPerson.FindAllString(bodyText, -1)) >= 2 {
		return draft.NotPressRelease, "personal note: a short message asking the reader, no release structure"
	}
	return draft.PressRelease, "no sign of a non-release"
}

func hasDocument(c *mime.Content) bool {
	for _, a := range c.Atts {
		if a.Role == draft.RoleDocument {
			return true
		}
	}
	return false
}

// boilerplate: the trailer opens with a release's own furniture, "About
// …", notes to editors or a media contact heading. A sign-off or the
// signature's "--" ends the trailer of every letter, so it says nothing
// about the kind.
func boilerplate(trailer []block.Block) bool {
	if len(trailer) == 0 || len(trailer[0].Lines) > 0 && segment.SignOff.MatchString(trailer[0].Lines[0]) {
		return false
	}
	return trailer[0].Words() <= 12 && segment.TrailerHead.MatchString(trailer[0].Text()) || segment.TrailerLabel.MatchString(trailer[0].Text())
}

// greets says whether the text opens with a greeting, perhaps under one
// label line ("MEDIA ALERT | INTERVIEW OPPORTUNITY").
func greets(bs []block.Block) bool {
	for i, b := range bs {
		t := b.Text()
		if segment.Greeting.MatchString(t) {
			return true
		}
		if i > 0 || !segment.ReleaseLabel.MatchString(t) && !(b.Words() <= 8 && t == strings.ToUpper(t)) {
			return false
		}
	}
	return false
}

func labelled(bs []block.Block) bool {
	for _, b := range bs {
		if segment.ReleaseLabel.MatchString(b.Text()) {
			return true
		}
	}
	return false
}

func releaseReason(s segment.Segments, rel release) string {
	var why []string
	if s.Dateline != nil {
		why = append(why, "dateline")
	}
	if s.Ended {
		why = append(why, "end marker")
	}
	if labelled(s.Pre) {
		why = append(why, "release label")
	}
	if rel.doc != nil {
		why = append(why, "release in attached "+rel.doc.Filename)
	}
	if boilerplate(s.Trailer) {
		why = append(why, "release boilerplate")
	}
	return "release structure: " + strings.Join(why, ", ")
}

// truncate keeps the first n characters of s, marking a cut with "…".
// It counts without converting the whole text (often a whole body) to runes.
func truncate(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			if !utf8.ValidString(s[:i]) {
				return string([]rune(s[:i])) + "…" // invalid bytes read as U+FFFD
			}
			return s[:i] + "…"
		}
		count++
	}
	return s
}

// imitation names the non-release a mail with a release's dateline is,
// by cues no release carries together: a sales offer for the reader's
// own press releases, or a digest of other outlets' stories.
//
// A release with prices may say its network "reaches"
// homes and its goods are "distributed": only a cue of news distribution
// itself (newsrooms counted, "your news", guaranteed placement) makes
// the prices an offer to the reader.
func imitation(subject, bodyText string, sales *salesCues) string {
	if newsDistribution(sales.distribution()) && sales.offers() >= 2 {
		return "sales offer: prices for distributing the reader's news, under a copied dateline"
	}
	if readerPrice(sales.text) && sales.callToBuy() {
		if n := sales.offers(); n >= 2 || n >= 1 && newsCue(sales.distribution()) {
			return "sales offer: a price put to the reader with a call to buy, under a copied dateline"
		}
	}
	if digestLike(subject, bodyText) {
		return "digest: a round-up of other outlets' stories, under a copied dateline"
	}
	return ""
}

// salesCues are the sales cues of a mail's subject and first 3,000 bytes
// of text, each long pattern run at most once however often classify
// asks: imitation and distributionSale weigh the same ones.
type salesCues struct {
	text string
	// callToBuy says whether the text asks for the order.
	callToBuy func() bool
	// distribution are distributionCue's matches.
	distribution func() []string
	// offers counts the different sales cues, offers and calls to buy.
	offers func() int
}

func salesOf(subject, bodyText string) *salesCues {
	s := subject + "\n" + truncate(bodyText, 3000)
	return &salesCues{
		text:         s,
		callToBuy:    sync.OnceValue(func() bool { return callToBuyRe.MatchString(s) }),
		distribution: sync.OnceValue(func() []string { return distributionCue.FindAllString(s, -1) }),
		offers:       sync.OnceValue(func() int { return distinct(offerCue, s) + distinct(saleCue, s) }),
	}
}

// distributionSale says whether the text sells the distribution of the
// reader's news and asks for the order: newsrooms counted or "your press
// release", a call to buy (a code, "book your slot now") and another
// offer beside it. A newswire's own release about its business reports
// its prices but asks nobody to buy.
func distributionSale(sales *salesCues) bool {
	return sales.callToBuy() && newsDistribution(sales.distribution()) && sales.offers() >= 2
}

// secondPersonWord: the words with which a sale speaks to its reader, in
// the languages the desk receives. German's polite forms are told by
// their capital, so politeForm counts only after a sentence's first
// word: there "Sie" and "Ihr" are also "she", "they" and "its" ("Sie
// kostet 799 Euro").
var (
	secondPersonWord = prefilter.MustCompile(`(?i:(?:^|[^\p{L}])(?:you|your|yours|vous|votre|vos|usted|ustedes|vuestr\p{L}*|vostr[oaie]|uw|jouw|teidän|sinun|twoj\p{L}*|twój|państw\p{L}*|você|vocês)(?:[^\p{L}]|$))`)
	politeForm       = regexp.MustCompile(`^[^\p{L}]*\p{L}+[^\p{L}](?:.*[^\p{L}])?(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)(?:[^\p{L}]|$)`)
	priceRe          = prefilter.MustCompile(price)
	sentenceBreak    = prefilter.MustCompile(`[.!?。！？]\s+|\n`)
)

// readerPrice says whether one sentence of s names a price and speaks to
// the reader: "you can secure a pass at £795", "Sichern Sie sich Ihren
// Stand für 2.450 €". A release prices its goods in the third person;
// one that speaks to its public ("you can download it for free, the
// premium version costs £4.99 a month") still asks for no code, saving
// or order, which imitation wants beside it.
func readerPrice(s string) bool {
	for _, sent := range sentenceBreak.Split(s, -1) {
		if priceRe.MatchString(sent) && (secondPersonWord.MatchString(sent) || politeForm.MatchString(sent)) {
			return true
		}
	}
	return false
}

// newsCue says whether one of a text's distribution cues is about news
// rather than goods: newsrooms counted, "your press release".
func newsCue(cues []string) bool {
	for _, m := range cues {
		if !genericDistribution.MatchString(strings.TrimSpace(m)) {
			return true
		}
	}
	return false
}

var (
	// digestHeading names a round-up of the press, in the languages the
	// desk receives.
	digestHeading = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:press\s+review|media\s+(?:digest|review|round-?up|monitor\p{L}*|clippings?)|news\s+(?:digest|round-?up|summary)|what\s+the\s+papers\s+say|in\s+the\s+press|press\s+clippings?|presseschau|pressespiegel|medienspiegel|revue\s+de\s+(?:presse|la\s+presse)|panorama\s+de\s+(?:presse|la\s+presse)|rassegna\s+stampa|revista\s+de\s+(?:prensa|imprensa)|resumen\s+de\s+prensa|resumo\s+de\s+imprensa|clipping|persoverzicht|mediaoverzicht|pressöversikt|pressklipp|presseklip|mediakatsaus|lehdistökatsaus|przegląd\s+(?:prasy|mediów)|přehled\s+(?:tisku|médií)|prehľad\s+tlače|sajtószemle|basın\s+özeti|обзор\s+(?:прессы|сми)|огляд\s+(?:преси|змі)|ανασκόπηση\s+τύπου|(?:morning|daily|weekly|evening)\s+(?:briefing|digest|round-?up|headlines)|briefing\s+du\s+(?:matin|jour)|l['’]essentiel\s+de\s+la\s+presse|today['’]s\s+headlines|top\s+stories|headlines\s+of\s+the\s+day|(?:media|news)\s+watch|veille\s+(?:média\p{L}*|presse)|nachrichtenüberblick|medienschau|resumen\s+(?:de\s+noticias|informativo)|notizie\s+del\s+giorno|nieuwsoverzicht|nyhetsöversikt|prasówka)(?:[^\p{L}]|$)|新闻摘要|媒体摘要|报刊摘要|新聞摘要|媒體摘要|報道まとめ|プレスレビュー|ニュースまとめ|언론\s*동향|뉴스\s*요약|موجز\s+الصحافة|عرض\s+الصحف|סקירת\s+עיתונות`)
	// attributedItem: a line that is another outlet's headline and its
	// name, "Navy orders corvettes – The Maritime Herald" or "… (Il
	// Quotidiano del Mare)"; a quotation's attribution opens with its
	// quote mark and is no item.
	attributedItem = regexp.MustCompile(`(?m)^[ \t]*[^\s"“”„«»'‘’].{15,200}?(?:\s[–—|-]\s+(\p{Lu}[\p{L}\d'’.&-]*(?:[ \t]+[\p{L}\d'’.&-]+){0,4})|\s\((\p{Lu}[^()\n]{2,40})\))[ \t]*$`)
	// sourceItem: the other way a round-up sets out a story, the outlet's
	// name and a colon or dash before its headline, bulleted or numbered
	// perhaps: "Handelsblatt: Munitions…", "• Aviation Weekly – Tanker…".
	// Release furniture has the same shape ("Venue: …", "Contact: …"), so
	// it counts only under a round-up's heading.
	// reportedBy: a story credited in prose, "The Maritime Herald
	// reports", "selon Le Télégramme"; a release's own sources say and
	// report too, so this counts only under a round-up's heading.
	reportedBy = prefilter.MustCompile(`(\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&'’-]*){0,3})[ \t]+(?:reports|writes|berichtet|schreibt|meldet|rapporte|écrit|informa|riporta|scrive|publica|skriver|rapporterar|uutisoi|pisze|сообщает|пишет)(?:\P{L}|$)|(?i:according\s+to|selon|laut|según|secondo|volgens|enligt|według)[ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+|l['’]|der[ \t]+|dem[ \t]+|el[ \t]+|il[ \t]+|de[ \t]+)?(\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&'’-]*){0,3})`)
	// subscriberNote: a mailing's way out, in the languages the desk
	// receives.
	subscriberNote = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:unsubscribe|you\s+(?:are\s+)?receiv\p{L}*\s+this|(?:darse|dar)\s+de\s+baja|cancelar\s+(?:la\s+)?suscripción|abmelden|abbestellen|désinscri\p{L}*|désabonn\p{L}*|non\s+ricevere\s+più|disiscri\p{L}*|cancellar\p{L}*\s+(?:dalla|l['’]iscrizione)|afmelden|uitschrijven|avregistrer\p{L}*|avsluta\s+prenumeration|afmeld\p{L}*|avmeld\p{L}*|peruuta\s+tilaus|wypisz\s+się|rezygnacj\p{L}*|odhlásit|descadastr\p{L}*|cancelar\s+inscrição|отписаться)(?:[^\p{L}]|$)`)
	sourceItem     = regexp.MustCompile(`(?m)^[ \t]*(?:[•·▪*-]|\d{1,2}[.)])?[ \t]*(\p{Lu}[\p{L}\d'’.&-]*(?:[ \t]+[\p{L}\d'’.&-]+){0,3})(?:[ \t]*:|[ \t]+[–—|])[ \t]+\S+(?:[ \t]+\S+){3,}`)
)

// digestTitled says whether the subject or a line near the top of the
// body opens with a round-up's name, an article or a word before it at
// most ("MEDIA DIGEST – 4 March", "Le briefing du matin"). A release
// names a briefing or the press in its prose ("Flood response: daily
// briefing for the media", "as reported in the press").
func digestTitled(subject, bodyText string) bool {
	for _, line := range strings.Split(subject+"\n"+truncate(bodyText, 500), "\n") {
		if loc := digestHeading.FindStringIndex(line); loc != nil && len(strings.Fields(line[:loc[0]])) <= 1 {
			return true
		}
	}
	return false
}

// digestLike says whether the text is a round-up of other outlets'
// stories: it calls itself one near the top and lists at least two
// stories with an outlet's name, a link to another site or a "read more"
// each.
//
// Without the heading, three stories each credited to a different
// outlet after a dash or in brackets make the round-up when it is sent
// to subscribers or links its stories: a release credits quotations,
// which open with their quote mark, and lists partners with their
// countries, winners or speakers the same way.
func digestLike(subject, bodyText string) bool {
	outlets := map[string]bool{}
	for _, m := range attributedItem.FindAllStringSubmatch(bodyText, -1) {
		outlets[strings.ToLower(m[1]+m[2])] = true
	}
	if len(outlets) >= 3 && (subscriberNote.MatchString(bodyText) || linkedStories(bodyText) >= 2) {
		return true
	}
	if !digestTitled(subject, bodyText) {
		return false
	}
	for _, m := range sourceItem.FindAllStringSubmatch(bodyText, -1) {
		outlets[strings.ToLower(m[1])] = true
	}
	for _, m := range reportedBy.FindAllStringSubmatch(bodyText, -1) {
		outlets[strings.ToLower(m[1]+m[2])] = true
	}
	return len(outlets) >= 2 || linkedStories(bodyText) >= 2 || len(digestCue.FindAllString(bodyText, -1)) >= 2
}

// namesFraud: words with which a warning names the fraud it quotes, in
// the phishing pattern's languages. Phishing mail does not call itself a
// scam.
var namesFraud = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:phishing|scam(?:s|mers?)?|fraudsters?|fake|bogus|spoofed|impersonat\p{L}*|betrug\p{L}*|betrüger\p{L}*|gefälscht\p{L}*|hameçonnage|arnaque\p{L}*|escroc\p{L}*|estafa\p{L}*|truffa|truffatori|oplicht\p{L}*|bedrägeri\p{L}*|bedrageri\p{L}*|svindel\p{L}*|huijau\p{L}*|oszust\p{L}*|podvod\p{L}*|dolandırıc\p{L}*|мошенни\p{L}*|фишинг\p{L}*|шахра\p{L}*)|诈骗|詐騙|钓鱼|釣魚|詐欺|フィッシング|사기|피싱`)

// timeLimit are the phishing pattern's phrases that ordinary releases
// use too: an emergency service acts "within 24 hours", storms come "в
// течение 24 часов", "action required" heads a warning.
var timeLimit = regexp.MustCompile(`(?i)^(?:within\s+(?:24|48|72)\s+hours|action\s+required|innerhalb\s+von\s+(?:24|48|72)\s+stunden|dans\s+les\s+24\s+heures|en\s+las\s+próximas\s+24\s+horas|в\s+течение\s+24\s+часов|24小时内|24時間以内|24시간\s*이내)$`)

// credentialLink: a link to a page where the reader is to sign in or
// confirm an account, where phishing mail sends its reader.
var credentialLink = regexp.MustCompile(`(?i)https?://\S*(?:verif|login|log-in|signin|sign-in|logon|secure|account|credential|password|validate|confirm|auth|restore|reactivat)`)

// credentialAsk: a request to send or enter one's user name and
// password, in the phishing pattern's main languages.
var credentialAsk = prefilter.MustCompile(`(?i)(?:user\s*name|login|e-mail\s+address|email\s+address|benutzername|nom\s+d['’]utilisateur|identifiant|usuario|nome\s+utente|gebruikersnaam)\s+(?:and|und|et|y|e|en)\s+(?:your\s+|ihr\s+|votre\s+|su\s+|la\s+tua\s+|uw\s+)?(?:password|passwort|kennwort|mot\s+de\s+passe|contraseña|wachtwoord)`)

// phishingMail says whether the text makes two different demands on the
// reader's account, with a third, a demand in the subject, a link to sign
// in or a request for the password too, without naming the fraud (a
// warning about such mail does).
func phishingMail(subject, bodyText string) bool {
	n := phishingDemands(bodyText)
	return n >= 2 && (n >= 3 || phishing.MatchString(subject) || credentialLink.MatchString(bodyText) || credentialAsk.MatchString(bodyText)) &&
		!namesFraud.MatchString(subject+"\n"+truncate(bodyText, 3000))
}

// phishingDemands counts the different phishing demands s makes, none
// unless one of them is more than a time limit: a phrase repeated (a
// headline echoes its subject) counts once, and "within 24 hours" alone
// is the language of storm warnings and service promises.
func phishingDemands(s string) int {
	seen := map[string]bool{}
	demand := false
	for _, m := range phishing.FindAllString(s, -1) {
		k := strings.Join(strings.Fields(strings.ToLower(m)), " ")
		seen[k] = true
		demand = demand || !timeLimit.MatchString(k)
	}
	if !demand {
		return 0
	}
	return len(seen)
}

// genericDistribution are distributionCue's words that any business's
// release uses of its own goods and network.
var genericDistribution = regexp.MustCompile(`(?i)^(?:distribut\w*|reach(?:es)?|in\s+front\s+of|verbreitung|diffusion|difusión|diffusione)$`)

// newsDistribution says whether a text's distribution cues are two
// different ones, one of them about distributing news rather than goods.
func newsDistribution(cues []string) bool {
	seen, news := map[string]bool{}, false
	for _, m := range cues {
		seen[strings.ToLower(m)] = true
		news = news || !genericDistribution.MatchString(strings.TrimSpace(m))
	}
	return news && len(seen) >= 2
}

// newsroomAddress: the words with which a salutation greets a newsroom or
// its readers as a body rather than one person, in the greeting's
// languages.
var newsroomAddress = prefilter.MustCompile(`(?i)(?:^|[^\p{L}])(?:all|everyone|editors?|editorial|newsroom|news\s*desk|journalists?|colleagues|media|press|ladies\s+and\s+gentlemen|sir\s+or\s+madam|sir/madam|damen\s+und\s+herren|redaktion\p{L}*|kolleg\p{L}*|madame|monsieur|mesdames|messieurs|rédaction|collègues|journalistes|redazione|collegh\p{L}*|giornalisti|signori|señores|señoras|redacción|periodistas|colegas|redação|jornalistas|redactie|collega's|pers|państwo|redakcj\p{L}*|dziennikarz\p{L}*|redakce|redakcia|dámy|pánové|redaksjon\p{L}*|redaktion|toimitus\p{L}*|szerkesztőség\p{L}*|kollégák|коллеги|журналист\p{L}*|редакци\p{L}*|сми|колеги|συνάδελφοι|δημοσιογράφοι)(?:[^\p{L}]|$)|各位|記者|记者|기자`)

// toNewsroom says whether the salutation (the text's first line up to its
// first comma, colon or exclamation mark: "Hi Ben, all set?" greets Ben)
// greets a newsroom rather than a person: a capitalised word right after
// its last newsroom word is a person's name or title ("Monsieur Dupont",
// "Press Officer Anna"), unless it names a group ("Media Team").
func toNewsroom(bodyText string) bool {
	line, _, _ := strings.Cut(strings.TrimSpace(bodyText), "\n")
	if i := strings.IndexAny(line, ",:!"); i >= 0 {
		line = line[:i]
	}
	found := newsroomAddress.FindAllStringIndex(line, -1)
	if len(found) == 0 {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(line[found[len(found)-1][1]:]), " ")
	r, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsUpper(r) || newsroomGroup.MatchString(next)
}

// newsroomGroup: a word after a newsroom word that names the group it
// heads, not a person: "Media Team", "Press Office".
var newsroomGroup = regexp.MustCompile(`(?i)^(?:team|teams|desk|office|staff|room|équipe|equipo|squadra)\P{L}*$`)
