HELP = "inner helper"
