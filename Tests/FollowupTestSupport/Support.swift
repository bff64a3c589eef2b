import Followup
