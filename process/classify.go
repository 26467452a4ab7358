package process

import (
	"strings"

	"github.com/emersion/go-message/mail"

	"newsdesk/draft"
)

// classify tells machine-sent mail (auto-replies, bounces, receipts) from
// releases by the headers such mail carries by standard or by habit.
func classify(h *mail.Header) (draft.Kind, string) {
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return draft.NotPressRelease, "automatic reply (Auto-Submitted: " + v + ")"
	}
	if ct, params, _ := h.ContentType(); ct == "multipart/report" {
		return draft.NotPressRelease, "delivery or read report (" + params["report-type"] + ")"
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond"} {
		if h.Get(k) != "" {
			return draft.NotPressRelease, "automatic reply (" + k + ")"
		}
	}
	if strings.EqualFold(strings.TrimSpace(h.Get("Precedence")), "auto_reply") {
		return draft.NotPressRelease, "automatic reply (Precedence: auto_reply)"
	}
	return draft.PressRelease, "no sign of an automatic message"
}
