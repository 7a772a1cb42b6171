window.YTD.account.part0 = [
  {
    "account": {
      "email": "riley.tanaka-brooks@abf.gov.au",
      "username": "riley_tb_example",
      "accountId": "4000000001",
      "createdAt": "2019-05-01T09:00:00.000Z",
      "accountDisplayName": "Riley T-B",
      "createdVia": "web"
    }
  }
]