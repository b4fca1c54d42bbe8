café = 1
naïve_résumé = café + 1
π = 3.14159
日本語 = "nihongo"
Ωmega_2 = π * 2
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "mathematical"
ﬁle = "ligature"
print(café, π, 日本語, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢)
