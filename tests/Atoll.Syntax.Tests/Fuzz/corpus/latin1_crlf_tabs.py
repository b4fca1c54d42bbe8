# -*- coding: latin-1 -*-
"""Price list in Latin-1 with Windows line endings and tab indentation (Atoll fuzz corpus)."""

import re

DEVISE = "\u00a3"   # the pound sign, written as an escape
SYMBOLE = "£"
cafés = {"crème": 2.5, "noisette": 2.2, "déca": 2.0}
_MOT = re.compile(r"[a-zàâçéèêëîïôûùüÿñæ]+", re.I)


class Tarif:
	"""Une liste de prix ; les noms gardent leurs accents."""

	taux_tva = 0.20

	def __init__(self, articles=None, *, remise=0):
		self.articles = dict(articles or {})
		self.remise = remise

	def prix(self, nom, quantité=1):
		try:
			base = self.articles[nom]
		except KeyError:
			raise KeyError(f"article inconnu : {nom!r}") from None
		total = base * quantité * (1 + self.taux_tva)
		if self.remise:
			total -= total * self.remise / 100
		return round(total, 2)

	def étiquettes(self):
		for nom, prix in sorted(self.articles.items()):
			if not _MOT.fullmatch(nom):
				continue
			yield f"{nom.capitalize():<12}{prix:>6.2f} {SYMBOLE}"

	def __repr__(self):
		return "Tarif(%r, remise=%d)" % (self.articles,
			self.remise)


def total_commande(tarif, commande):
	"""Somme d'une commande ; une ligne mal formée est ignorée."""
	somme = 0.0
	for ligne in commande.splitlines():
		nom, _, n = ligne.partition("×")
		if not n.strip().isdigit():
			continue
		somme += tarif.prix(nom.strip(), int(n))
	return somme


if __name__ == "__main__":
	t = Tarif(cafés, remise=5)
	print("\n".join(t.étiquettes()))
	print(total_commande(t, "crème × 2\ndéca × 1\nthé × x"))
