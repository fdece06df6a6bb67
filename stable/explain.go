package stable

import (
	"sort"
	"strings"

	"github.com/mori-lang/mori/types"
)

// This file is moc's static upgrade check (`moc --stable-compatible`,
// src/mo_frontend/stability.ml), which names what to fix, in the words of
// the moc the oracle runs (newer than stability.ml at 1.1.0: a missing
// migration input is M0263 there).

const migrationLink = "https://internetcomputer.org/docs/motoko/fundamentals/actors/compatibility#explicit-migration-using-a-migration-function"

const diagnostic = "(unknown location): Compatibility error "

// Explain is moc's static check of an upgrade from old to new (with the
// migration, as Check reads the old state): its diagnostics one after
// another, "" when it passes. It also names what a classical upgrade drops
// silently.
func Explain(old, new Signature, migration *Migration) string {
	return staticCheck(old, reads(new, migration))
}

func staticCheck(old Signature, rs []read) string {
	olds := append(Signature(nil), old...)
	sortByName(olds)
	var msgs []string
	i, j := 0, 0
	for i < len(olds) || j < len(rs) {
		switch {
		case j == len(rs) || (i < len(olds) && olds[i].Name < rs[j].Name):
			msgs = append(msgs, diagnostic+"[M0169], the stable variable `"+olds[i].Name+
				"` of the previous version cannot be implicitly discarded. The variable can only be dropped by an explicit migration function, please see "+migrationLink)
			i++
		case i == len(olds) || olds[i].Name > rs[j].Name:
			if rs[j].required {
				msgs = append(msgs, diagnostic+"[M0263], the previous version does not contain the stable variable `"+rs[j].Name+
					"`. The migration function cannot require this variable as input, please see "+migrationLink+".")
			}
			j++
		default:
			if msg := typeChange(olds[i], rs[j].Var); msg != "" {
				msgs = append(msgs, msg)
			}
			i++
			j++
		}
	}
	return strings.Join(msgs, "\n")
}

func sortByName(sig Signature) {
	sort.SliceStable(sig, func(i, j int) bool { return sig[i].Name < sig[j].Name })
}

// typeChange is moc's complaint about a kept variable whose type changed:
// not a subtype (M0170), or a subtype that loses data (M0216).
func typeChange(o, n Var) string {
	if why := types.ExplainVariable(o.Name, o.Type, n.Type, false); why != "" {
		return diagnostic + "[M0170], the new type of stable variable `" + o.Name + "` is not compatible with the previous version.\n The previous type" +
			expanded(o) + "\n is not a subtype of" + expanded(n) + "\n because " + why +
			".\n Write an explicit migration function, please see " + migrationLink + "."
	}
	if why := types.ExplainVariable(o.Name, o.Type, n.Type, true); why != "" {
		return diagnostic + "[M0216], the new type of stable variable `" + o.Name + "` implicitly drops data of the previous version. \n The previous type" +
			expanded(o) + "\n is not a stable subtype of" + expanded(n) + "\n because " + why +
			".\n The data can only be dropped by an explicit migration function, please see " + migrationLink + "."
	}
	return ""
}

// expanded shows a variable's type as moc's check does: `var T` for a var,
// a named type followed by its definition.
func expanded(v Var) string {
	if v.Mut {
		return "\n  var " + types.String(v.Type)
	}
	return "\n  " + types.StringExpanded(v.Type)
}

// explainTypes is moc's explanation of a type change, without a variable.
func explainTypes(name string, old, new types.Type) string {
	if why := types.ExplainVariable(name, old, new, false); why != "" {
		return why
	}
	return types.ExplainVariable(name, old, new, true)
}

// explainRejection explains an upgrade the runtime rejects by moc's static
// check, which rejects at least as much.
func explainRejection(old Signature, rs []read) string {
	if msg := staticCheck(old, rs); msg != "" {
		return msg
	}
	return "the runtime rejects the new stable variables as incompatible with the previous version's"
}

// explainValue explains an upgrade that failed on the values: moc's static
// check, or what went wrong with variable v.
func explainValue(old Signature, rs []read, v Var, trap string) string {
	if msg := staticCheck(old, rs); msg != "" {
		return msg
	}
	return "the stable variable `" + v.Name + "` cannot be read at its new type" + expanded(v) + ": " + trap
}

const overflowExplanation = "the stable variables take more than 4 GiB when serialised, which classical persistence does at every upgrade; " +
	"enhanced orthogonal persistence (moc's default) keeps them in place"
