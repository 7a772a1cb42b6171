window.YTD.account.part0 = [
  {
    "account": {
      "email": "morgan.quillfeather@abf.gov.au",
      "username": "morgan_quill_example",
      "accountId": "4100000008",
      "createdAt": "2023-02-13T08:00:00.000Z",
      "accountDisplayName": "Morgan Q",
      "createdVia": "web"
    }
  }
]