package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// fileMailbox is one [[mailbox]] table of the config file.
type fileMailbox struct {
	Name         string   `toml:"name"`
	URL          string   `toml:"url"`
	Folders      []string `toml:"folders"`
	PasswordFile string   `toml:"password_file"`
	PasswordEnv  string   `toml:"password_env"`
	Auth         string   `toml:"auth"`
	CAFile       string   `toml:"ca_file"`
	After        string   `toml:"after"`
	Since        string   `toml:"since"`
	OAuth2       struct {
		TokenFile        string   `toml:"token_file"`
		TokenURL         string   `toml:"token_url"`
		ClientID         string   `toml:"client_id"`
		ClientSecretFile string   `toml:"client_secret_file"`
		ClientSecretEnv  string   `toml:"client_secret_env"`
		RefreshTokenFile string   `toml:"refresh_token_file"`
		RefreshTokenEnv  string   `toml:"refresh_token_env"`
		Scopes           []string `toml:"scopes"`
	} `toml:"oauth2"`
}

// LoadMailboxes reads the mailbox list from a TOML file (format in
// deploy/newsdesk.toml.example). Every problem is reported, each with its
// key, in one error. Secrets are read from the files and environment
// variables the entries name, never from the file itself.
func LoadMailboxes(path string, getenv func(string) string) ([]Mailbox, error) {
	var f struct {
		Mailbox []fileMailbox `toml:"mailbox"`
	}
	md, err := toml.DecodeFile(path, &f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var errs []error
	for _, k := range md.Undecoded() {
		errs = append(errs, fmt.Errorf("%s: unknown key %s", path, k))
	}
	var out []Mailbox
	names := map[string]bool{}
	for i, fm := range f.Mailbox {
		key := fmt.Sprintf("%s: mailbox[%d]", path, i)
		if fm.Name != "" {
			key = fmt.Sprintf("%s: mailbox %q", path, fm.Name)
		}
		bad := func(field, format string, args ...any) {
			errs = append(errs, fmt.Errorf("%s: %s: %s", key, field, fmt.Sprintf(format, args...)))
		}
		mbs := fm.mailboxes(getenv, bad)
		for _, m := range mbs {
			if names[m.Name] {
				bad("name", "%q is used twice", m.Name)
			}
			names[m.Name] = true
		}
		out = append(out, mbs...)
	}
	if len(f.Mailbox) == 0 {
		errs = append(errs, fmt.Errorf("%s: no [[mailbox]] entries", path))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// mailboxes turns one entry into a Mailbox per folder, reporting problems
// through bad.
func (fm fileMailbox) mailboxes(getenv func(string) string, bad func(field, format string, args ...any)) []Mailbox {
	if fm.Name == "" {
		bad("name", "required")
	}
	m, err := ParseMailbox(fm.URL, "")
	if err != nil {
		bad("url", "%v", err)
	}
	m.CAFile = fm.CAFile
	if fm.CAFile != "" {
		if _, err := os.Stat(fm.CAFile); err != nil {
			bad("ca_file", "%v", err)
		}
	}
	m.Auth = AuthMethod(strings.ToLower(fm.Auth))
	if m.Auth == "" {
		m.Auth = AuthPassword
	}
	switch m.Auth {
	case AuthPassword:
		if m.Password == "" {
			m.Password = secret(fm.PasswordFile, fm.PasswordEnv, getenv, "password", bad)
		}
		if m.Password == "" {
			bad("password_file", "a password is needed: set password_file or password_env")
		}
	case AuthXOAuth2, AuthOAuthBearer:
		o := fm.OAuth2
		m.OAuth2 = OAuth2{TokenFile: o.TokenFile, TokenURL: o.TokenURL, ClientID: o.ClientID, Scopes: o.Scopes}
		switch {
		case o.TokenFile != "" && o.TokenURL != "":
			bad("oauth2", "set token_file or token_url, not both")
		case o.TokenFile != "":
		case o.TokenURL != "":
			if o.ClientID == "" {
				bad("oauth2.client_id", "required with token_url")
			}
			m.OAuth2.ClientSecret = secret(o.ClientSecretFile, o.ClientSecretEnv, getenv, "oauth2.client_secret", bad)
			m.OAuth2.RefreshToken = secret(o.RefreshTokenFile, o.RefreshTokenEnv, getenv, "oauth2.refresh_token", bad)
			if m.OAuth2.RefreshToken == "" {
				bad("oauth2.refresh_token_file", "a refresh token is needed with token_url")
			}
		default:
			bad("oauth2", "set token_file, or token_url with client_id and a refresh token")
		}
	default:
		bad("auth", "%q: want password, xoauth2 or oauthbearer", fm.Auth)
	}
	if m.After, err = parseAfter(fm.After); err != nil {
		bad("after", "%v", err)
	}
	if fm.Since != "" {
		if m.Since, err = time.Parse(time.DateOnly, fm.Since); err != nil {
			bad("since", "%q: want a date such as 2024-01-31", fm.Since)
		}
	}
	folders := fm.Folders
	if len(folders) == 0 {
		folders = []string{m.Folder}
	}
	var out []Mailbox
	for _, f := range folders {
		mf := m
		mf.Folder, mf.Name = f, fm.Name
		if len(folders) > 1 {
			mf.Name = fm.Name + "/" + f
		}
		out = append(out, mf)
	}
	return out
}

// secret reads a value from a file (trimmed) or an environment variable.
func secret(file, env string, getenv func(string) string, field string, bad func(string, string, ...any)) string {
	switch {
	case file != "" && env != "":
		bad(field+"_file", "set %s_file or %s_env, not both", field, field)
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			bad(field+"_file", "%v", err)
			return ""
		}
		return strings.TrimSpace(string(b))
	case env != "":
		v := getenv(env)
		if v == "" {
			bad(field+"_env", "environment variable %s is empty", env)
		}
		return v
	}
	return ""
}

func parseAfter(s string) (After, error) {
	action, arg, _ := strings.Cut(s, ":")
	switch AfterAction(action) {
	case "", AfterNone:
		return After{Action: AfterNone}, nil
	case AfterFlag, AfterMove:
		if arg == "" {
			return After{}, fmt.Errorf("%q needs an argument, e.g. flag:$Newsdesk or move:Archive", s)
		}
		return After{Action: AfterAction(action), Arg: arg}, nil
	}
	return After{}, fmt.Errorf("%q: want none, flag:KEYWORD or move:FOLDER", s)
}
